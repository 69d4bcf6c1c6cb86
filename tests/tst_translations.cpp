// The translation catalogues are complete and match the code: no unfinished, vanished or
// obsolete entries, every plural has the language's number of forms, placeholders and
// mnemonics survive translation, and lupdate run over ui/ and app/ into a copy of each .ts
// finds no text that is missing from it (a new tr() string) or gone from the code.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString type;                 // translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations;     // one, or the numerus forms
    bool numerus = false;
};

struct Catalogue
{
    QString language;
    QList<Message> messages;
    QString error;
};

Catalogue parse(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = file.errorString();
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS") {
                catalogue.language = xml.attributes().value(u"language"_s).toString();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                current = Message{context, {}, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes"};
            } else if (name == u"source") {
                current.source = xml.readElementText();
            } else if (name == u"translation") {
                current.type = xml.attributes().value(u"type"_s).toString();
                if (!current.numerus)
                    current.translations = {xml.readElementText()};
            } else if (name == u"numerusform") {
                current.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            catalogue.messages.append(current);
        }
    }
    if (xml.hasError())
        catalogue.error = xml.errorString();
    return catalogue;
}

QString dir()
{
    return QStringLiteral(SOCKETSCOPE_SOURCE_DIR "/translations");
}

QStringList tsFiles()
{
    return QDir(dir()).entryList({u"socketscope_*.ts"_s}, QDir::Files, QDir::Name);
}

int pluralForms(const QString &language)
{
    return language.startsWith(u"zh"_s) ? 1 : 2;   // en, de: one/other; zh: a single form
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(\\d+|n)"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString p = it.next().captured(0);
        if (!found.contains(p))
            found.append(p);
    }
    found.sort();
    return found;
}

// A mnemonic is "&" followed by a letter or digit (not "&&", not an HTML entity).
bool hasMnemonic(const QString &text)
{
    static const QRegularExpression re(u"&(?!&)(?![a-z]+;)[\\p{L}\\p{N}]"_s);
    return re.match(text).hasMatch();
}

QString describe(const Message &m)
{
    return u"%1: \"%2\""_s.arg(m.context, m.source);
}

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogues_data();
    void catalogues();
    void sameMessagesInEveryLanguage();
    void codeAndCataloguesAgree_data();
    void codeAndCataloguesAgree();
};

void TstTranslations::catalogues_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = tsFiles();
    QVERIFY2(files.contains(u"socketscope_en.ts"_s) && files.contains(u"socketscope_de.ts"_s)
                 && files.contains(u"socketscope_zh_CN.ts"_s),
             qPrintable(files.join(u", ")));
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << f;
}

void TstTranslations::catalogues()
{
    QFETCH(QString, file);
    const Catalogue c = parse(QDir(dir()).filePath(file));
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QVERIFY(c.messages.size() > 100);
    const QString language = file.mid(12, file.size() - 15);   // socketscope_<language>.ts
    QStringList problems;
    for (const Message &m : c.messages) {
        if (!m.type.isEmpty()) {
            problems.append(u"%1 is %2"_s.arg(describe(m), m.type));
            continue;
        }
        const int forms = m.numerus ? pluralForms(language) : 1;
        if (m.translations.size() != forms) {
            problems.append(u"%1 has %2 forms, %3 expects %4"_s.arg(describe(m)).arg(m.translations.size()).arg(language).arg(forms));
            continue;
        }
        for (const QString &t : m.translations) {
            if (t.isEmpty())
                problems.append(u"%1 has an empty translation"_s.arg(describe(m)));
            else if (placeholders(t) != placeholders(m.source))
                problems.append(u"%1 -> \"%2\": placeholders differ"_s.arg(describe(m), t));
            else if (hasMnemonic(m.source) != hasMnemonic(t))
                problems.append(u"%1 -> \"%2\": mnemonic lost or added"_s.arg(describe(m), t));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TstTranslations::sameMessagesInEveryLanguage()
{
    QSet<QString> reference;
    QString referenceFile;
    for (const QString &file : tsFiles()) {
        QSet<QString> keys;
        for (const Message &m : parse(QDir(dir()).filePath(file)).messages)
            keys.insert(m.context + u'\x1f' + m.source);
        if (referenceFile.isEmpty()) {
            reference = keys;
            referenceFile = file;
            continue;
        }
        QVERIFY2(keys == reference, qPrintable(u"%1 and %2 hold different texts"_s.arg(file, referenceFile)));
    }
}

void TstTranslations::codeAndCataloguesAgree_data()
{
    catalogues_data();
}

void TstTranslations::codeAndCataloguesAgree()
{
    QFETCH(QString, file);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString copy = tmp.filePath(file);
    QVERIFY(QFile::copy(QDir(dir()).filePath(file), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    // The same sources and options as qt_add_translations in ui/CMakeLists.txt.
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(SOCKETSCOPE_SOURCE_DIR));
    lupdate.start(QStringLiteral(SOCKETSCOPE_LUPDATE),
                  {u"-locations"_s, u"none"_s, u"-no-ui-lines"_s, u"ui"_s, u"app"_s, u"-ts"_s, copy});
    QVERIFY2(lupdate.waitForFinished(120'000), "lupdate did not finish");
    QCOMPARE(lupdate.exitStatus(), QProcess::NormalExit);
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    const Catalogue updated = parse(copy);
    QVERIFY2(updated.error.isEmpty(), qPrintable(updated.error));
    QStringList missing;
    QStringList gone;
    for (const Message &m : updated.messages) {
        if (m.type == u"unfinished")
            missing.append(describe(m));
        else if (m.type == u"vanished" || m.type == u"obsolete")
            gone.append(describe(m));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"tr() texts missing from %1 (run: cmake --build build --target "
                                           "update_translations, then translate):\n"_s.arg(file) + missing.join(u'\n')));
    QVERIFY2(gone.isEmpty(), qPrintable(u"%1 holds texts the code no longer has:\n"_s.arg(file) + gone.join(u'\n')));
}

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
