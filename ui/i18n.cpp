#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace SocketScope::I18n {

namespace {

constexpr auto KeyLanguage = "ui/language";

struct Installed
{
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    QString language = u"en"_s;
};

Installed &installed()
{
    static Installed state;
    return state;
}

bool shipped(const QString &code)
{
    for (const Language &l : availableLanguages()) {
        if (l.code == code)
            return true;
    }
    return false;
}

} // namespace

QList<Language> availableLanguages()
{
    // Native names on purpose: they are not translated, so everyone finds their own.
    return {
        {u"en"_s, u"English"_s},
        {u"de"_s, u"Deutsch"_s},
        {u"zh_CN"_s, u"简体中文"_s},
    };
}

QString savedLanguage()
{
    return QSettings().value(QString::fromLatin1(KeyLanguage)).toString();
}

void setSavedLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QString::fromLatin1(KeyLanguage));
    else
        settings.setValue(QString::fromLatin1(KeyLanguage), code);
}

QString resolvedLanguage(const QString &code)
{
    if (!code.isEmpty() && shipped(code))
        return code;
    // uiLanguages() honours LANGUAGE as well as LANG/LC_MESSAGES: "de-DE", "zh-Hans-CN", "en-US".
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QLocale locale(ui);
        if (locale.language() == QLocale::Chinese) {
            // Only Simplified Chinese is shipped; Traditional script readers get English.
            if (locale.script() == QLocale::SimplifiedChineseScript
                || (locale.script() == QLocale::AnyScript && locale.territory() != QLocale::Taiwan
                    && locale.territory() != QLocale::HongKong && locale.territory() != QLocale::Macao))
                return u"zh_CN"_s;
            continue;
        }
        const QString name = QLocale::languageToCode(locale.language());
        if (shipped(name))
            return name;
    }
    return u"en"_s;
}

QString install(const QString &code)
{
    Installed &state = installed();
    if (state.app)
        QCoreApplication::removeTranslator(state.app.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.app.reset();
    state.qt.reset();

    const QString language = resolvedLanguage(code);
    const QLocale locale(language);
    QLocale::setDefault(locale);

    auto appTranslator = std::make_unique<QTranslator>();
    if (appTranslator->load(u":/i18n/socketscope_%1.qm"_s.arg(language))) {
        QCoreApplication::installTranslator(appTranslator.get());
        state.app = std::move(appTranslator);
    }
    // Dialog buttons, file dialogs, context menus of line edits: Qt's own catalogue.
    auto qtTranslator = std::make_unique<QTranslator>();
    if (language != u"en" && qtTranslator->load(locale, u"qtbase"_s, u"_"_s,
                                                  QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator.get());
        state.qt = std::move(qtTranslator);
    }
    state.language = language;
    return language;
}

QString current()
{
    return installed().language;
}

} // namespace SocketScope::I18n
