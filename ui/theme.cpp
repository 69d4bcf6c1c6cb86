#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace SocketScope::Theme {

namespace {

constexpr auto KeyTheme = "ui/theme";

struct State
{
    bool captured = false;
    QPalette systemPalette;
    QString systemStyle;
    Mode mode = Mode::System;
};

State &state()
{
    static State s;
    return s;
}

// The platform's palette and style, before SocketScope changes either.
void capture()
{
    State &s = state();
    if (s.captured)
        return;
    s.captured = true;
    s.systemPalette = QApplication::palette();
    s.systemStyle = QApplication::style() ? QApplication::style()->name() : QString();
}

bool paletteIsDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabled(0x80, 0x84, 0x8a);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6e, 0x6e));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x41, 0x45));
    p.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x19, 0x1a, 0x1c));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc3, 0x9b, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x53, 0x58));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabled);
    return p;
}

void useFusion(const QPalette &palette)
{
    if (QApplication::style()->name().compare(u"fusion"_s, Qt::CaseInsensitive) != 0) {
        if (QStyle *fusion = QStyleFactory::create(u"Fusion"_s))
            QApplication::setStyle(fusion);
    }
    QApplication::setPalette(palette);
}

bool gsettingsPrefersDark()
{
    const QString gsettings = QStandardPaths::findExecutable(u"gsettings"_s);
    if (gsettings.isEmpty())
        return false;
    QProcess process;
    process.start(gsettings, {u"get"_s, u"org.gnome.desktop.interface"_s, u"color-scheme"_s});
    if (!process.waitForFinished(1000)) {
        process.kill();
        process.waitForFinished(1000);
        return false;
    }
    return process.exitCode() == 0 && process.readAllStandardOutput().contains("prefer-dark");
}

} // namespace

Mode savedMode()
{
    return modeFromKey(QSettings().value(QString::fromLatin1(KeyTheme)).toString());
}

void setSavedMode(Mode mode)
{
    QSettings().setValue(QString::fromLatin1(KeyTheme), modeKey(mode));
}

QString modeKey(Mode mode)
{
    switch (mode) {
    case Mode::Light: return u"light"_s;
    case Mode::Dark: return u"dark"_s;
    case Mode::System: break;
    }
    return u"system"_s;
}

Mode modeFromKey(const QString &key)
{
    if (key == u"light")
        return Mode::Light;
    if (key == u"dark")
        return Mode::Dark;
    return Mode::System;
}

bool systemPrefersDark()
{
    capture();
    const QString gtkTheme = qEnvironmentVariable("GTK_THEME");
    if (gtkTheme.endsWith(u":dark"_s, Qt::CaseInsensitive))
        return true;
    if (paletteIsDark(state().systemPalette))
        return true;
    static const bool gnomeDark = gsettingsPrefersDark();
    return gnomeDark;
}

void apply(Mode mode)
{
    capture();
    State &s = state();
    s.mode = mode;
    const bool dark = mode == Mode::Dark || (mode == Mode::System && systemPrefersDark());
    if (mode == Mode::System && dark == paletteIsDark(s.systemPalette)) {
        // The platform already looks the way the desktop wants: keep its style and palette.
        if (QApplication::style()->name().compare(s.systemStyle, Qt::CaseInsensitive) != 0) {
            if (QStyle *style = QStyleFactory::create(s.systemStyle))
                QApplication::setStyle(style);
        }
        QApplication::setPalette(s.systemPalette);
        return;
    }
    if (dark) {
        useFusion(darkPalette());
    } else {
        QStyle *fusion = QStyleFactory::create(u"Fusion"_s);
        const QPalette light = fusion ? fusion->standardPalette() : s.systemPalette;
        delete fusion;
        useFusion(light);
    }
}

Mode current()
{
    return state().mode;
}

bool isDark()
{
    return paletteIsDark(QApplication::palette());
}

QColor errorText()
{
    return isDark() ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
}

QColor warningText()
{
    return isDark() ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x4a, 0x00);
}

QColor okText()
{
    return isDark() ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
}

QColor infoText()
{
    return isDark() ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
}

QColor mutedText()
{
    return isDark() ? QColor(0x9e, 0xa3, 0xa8) : QColor(0x75, 0x75, 0x75);
}

} // namespace SocketScope::Theme
