#pragma once

// The desktop dashboard's single entry point.
#include "mainwindow.h"
