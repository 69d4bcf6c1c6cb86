#include "adminservice.h"
