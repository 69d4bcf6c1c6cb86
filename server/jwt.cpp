#include "jwt.h"
