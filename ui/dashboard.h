#pragma once

// The desktop dashboard's single entry point: SocketScope::MainWindow(host, config).
#include "mainwindow.h"

// So main() may also write plain `MainWindow`.
using SocketScope::MainWindow;
