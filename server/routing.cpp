#include "routing.h"
