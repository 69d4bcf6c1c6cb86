#pragma once

#include <QColor>
#include <QString>

namespace SocketScope::Theme {

// System follows the desktop's light/dark preference; Light and Dark override it.
enum class Mode { System, Light, Dark };

Mode savedMode();
void setSavedMode(Mode mode);
QString modeKey(Mode mode);                 // "system", "light", "dark" (the QSettings value)
Mode modeFromKey(const QString &key);       // unknown: System

// Whether the desktop prefers a dark look: GTK_THEME ending in ":dark", the GNOME/portal
// colour-scheme setting (gsettings), or a dark window colour in the platform's own palette.
// Qt 6.4 has no QStyleHints::colorScheme().
bool systemPrefersDark();

// Applies `mode` to the application: the platform's palette and style for System when they
// already match the preference, otherwise Fusion with a light or dark palette.
void apply(Mode mode);
Mode current();
// The palette in use is dark (window colour lightness below the middle).
bool isDark();

// Readable text colours for the colour-coded cells in either theme.
QColor errorText();
QColor warningText();
QColor okText();
QColor infoText();
QColor mutedText();

} // namespace SocketScope::Theme
