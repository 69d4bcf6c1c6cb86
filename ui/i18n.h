#pragma once

#include <QList>
#include <QString>

namespace SocketScope::I18n {

// A language SocketScope ships a translation for ("en", "de", "zh_CN").
struct Language
{
    QString code;
    QString nativeName;   // "Deutsch", "简体中文": how a speaker of it looks for it in a list
};

QList<Language> availableLanguages();

// The language chosen in Settings; empty means "follow the system locale".
QString savedLanguage();
void setSavedLanguage(const QString &code);

// The language that `code` resolves to: `code` itself when shipped, else the first shipped
// language of the system's UI languages, else "en".
QString resolvedLanguage(const QString &code);

// Installs SocketScope's catalogue (embedded under :/i18n) and Qt's own qtbase catalogue for
// `code` (empty: the system locale), sets QLocale's default to it and removes the catalogues
// installed by an earlier call. Returns the language now in use.
QString install(const QString &code);

// The language install() put in place last ("en" before any call).
QString current();

} // namespace SocketScope::I18n
