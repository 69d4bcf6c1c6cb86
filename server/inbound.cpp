#include "inbound.h"
