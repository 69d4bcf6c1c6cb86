#include "closecodes.h"
