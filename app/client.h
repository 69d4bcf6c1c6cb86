#pragma once

#include <QStringList>

// `socketscope client URL …` (SPEC §10): a terminal WebSocket client with an X-ray view.
bool isClientCommand(const char *firstArgument);
int runClient(const QStringList &arguments);
