#include "serverhost.h"
