#include "auth/jwt.h"

#include <QMessageAuthenticationCode>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SocketScope;

Q_DECLARE_METATYPE(SocketScope::Jwt::Error)

namespace {

const QByteArray Secret = "0123456789abcdef-test-secret"_ba;
constexpr qint64 Now = 1'700'000'000;

QByteArray b64(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Builds a token from raw JSON so that tests can sign what sign() would never produce.
QString makeToken(const QByteArray &header, const QByteArray &payload,
                  const QByteArray &secret = Secret,
                  QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha256)
{
    const QByteArray input = b64(header) + '.' + b64(payload);
    return QString::fromLatin1(
        input + '.' + b64(QMessageAuthenticationCode::hash(input, secret, algorithm)));
}

const QByteArray Hs256Header = R"({"alg":"HS256","typ":"JWT"})"_ba;
const QByteArray ValidPayload = R"({"sub":"7","name":"carol","role":"user","exp":1700000100})"_ba;

Jwt::Claims claims(qint64 userId, const QString &name, const QString &role, qint64 exp)
{
    Jwt::Claims c;
    c.userId = userId;
    c.name = name;
    c.role = role;
    c.expiresAt = exp;
    return c;
}

} // namespace

class TestJwt : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void signProducesExpectedHeader();
    void knownTokenFromOtherImplementation();
    void foreignTokenVerifies();
    void expiryBoundary_data();
    void expiryBoundary();
    void forgedExpiredTokenIsBadSignature();
    void flippedSignatureChar_data();
    void flippedSignatureChar();
    void tamperedPayload();
    void wrongSecret();
    void badAlgorithm_data();
    void badAlgorithm();
    void malformedText_data();
    void malformedText();
    void malformedClaims_data();
    void malformedClaims();
    void subjectForms_data();
    void subjectForms();
    void looksLikeJwt_data();
    void looksLikeJwt();
};

void TestJwt::roundTrip_data()
{
    QTest::addColumn<qint64>("userId");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("role");

    QTest::newRow("john_doe") << qint64(123) << u"john_doe"_s << u"user"_s;
    QTest::newRow("admin") << qint64(1) << u"alice"_s << u"admin"_s;
    QTest::newRow("zero id, empty role") << qint64(0) << u"nobody"_s << QString();
    QTest::newRow("large id") << qint64(9'007'199'254'740'993) << u"big"_s << u"user"_s;
    QTest::newRow("unicode name") << qint64(5) << u"Zoë \"quoted\" 🦊"_s << u"publisher"_s;
}

void TestJwt::roundTrip()
{
    QFETCH(qint64, userId);
    QFETCH(QString, name);
    QFETCH(QString, role);

    const QString token = Jwt::sign(claims(userId, name, role, Now + 60), Secret);
    QVERIFY(Jwt::looksLikeJwt(token));
    QVERIFY(!token.contains(u'='));
    const Jwt::Result result = Jwt::verify(token, Secret, Now);
    QCOMPARE(result.error, Jwt::Error::None);
    QVERIFY(result.ok());
    QCOMPARE(result.claims.userId, userId);
    QCOMPARE(result.claims.name, name);
    QCOMPARE(result.claims.role, role);
    QCOMPARE(result.claims.expiresAt, Now + 60);
}

void TestJwt::signProducesExpectedHeader()
{
    const QString token = Jwt::sign(claims(123, u"john_doe"_s, u"user"_s, Now), Secret);
    const QStringList parts = token.split(u'.');
    QCOMPARE(parts.size(), 3);
    const auto options = QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors;
    QCOMPARE(QByteArray::fromBase64(parts[0].toLatin1(), options), Hs256Header);
    QCOMPARE(QByteArray::fromBase64(parts[1].toLatin1(), options),
             R"({"exp":1700000000,"name":"john_doe","role":"user","sub":"123"})"_ba);
}

void TestJwt::knownTokenFromOtherImplementation()
{
    // Computed with Python's hmac/hashlib/base64, not with Qt:
    // header {"alg":"HS256","typ":"JWT"},
    // payload {"exp":4102444800,"name":"john_doe","role":"user","sub":"123"}.
    const QByteArray secret = "interop-test-secret-0123456789"_ba;
    const QString expected =
        u"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
        u".eyJleHAiOjQxMDI0NDQ4MDAsIm5hbWUiOiJqb2huX2RvZSIsInJvbGUiOiJ1c2VyIiwic3ViIjoiMTIzIn0"
        u".FEPCVoVU5f23GRr6AAAZt8Xy_d170aDmhjAMUOiTuBc"_s;

    QCOMPARE(Jwt::sign(claims(123, u"john_doe"_s, u"user"_s, 4'102'444'800), secret), expected);

    const Jwt::Result result = Jwt::verify(expected, secret, Now);
    QCOMPARE(result.error, Jwt::Error::None);
    QCOMPARE(result.claims.userId, 123);
    QCOMPARE(result.claims.name, u"john_doe"_s);
    QCOMPARE(result.claims.role, u"user"_s);
    QCOMPARE(result.claims.expiresAt, 4'102'444'800);
}

void TestJwt::foreignTokenVerifies()
{
    // Python json.dumps style: other key order, spaces, numeric sub, \u escapes, extra "iat".
    const QByteArray secret = "interop-test-secret-0123456789"_ba;
    const QString token =
        u"eyJ0eXAiOiAiSldUIiwgImFsZyI6ICJIUzI1NiJ9"
        u".eyJzdWIiOiA0MiwgIm5hbWUiOiAiWm9cdTAwZWIiLCAicm9sZSI6ICJhZG1pbiIsICJleHAiOiAxNzAwMDAwMDAwLCAiaWF0IjogMTY5MDAwMDAwMH0"
        u".yNRFJfZysJnWuAkl2JALlG9CxZMU1fAftCFuigiYgLs"_s;

    const Jwt::Result result = Jwt::verify(token, secret, Now - 1);
    QCOMPARE(result.error, Jwt::Error::None);
    QCOMPARE(result.claims.userId, 42);
    QCOMPARE(result.claims.name, u"Zoë"_s);
    QCOMPARE(result.claims.role, u"admin"_s);
    QCOMPARE(result.claims.expiresAt, Now);
}

void TestJwt::expiryBoundary_data()
{
    QTest::addColumn<qint64>("exp");
    QTest::addColumn<Jwt::Error>("expected");

    QTest::newRow("one second left") << Now + 1 << Jwt::Error::None;
    QTest::newRow("exp == now") << Now << Jwt::Error::Expired;
    QTest::newRow("one second ago") << Now - 1 << Jwt::Error::Expired;
    QTest::newRow("epoch") << qint64(0) << Jwt::Error::Expired;
}

void TestJwt::expiryBoundary()
{
    QFETCH(qint64, exp);
    QFETCH(Jwt::Error, expected);

    const Jwt::Result result =
        Jwt::verify(Jwt::sign(claims(2, u"bob"_s, u"user"_s, exp), Secret), Secret, Now);
    QCOMPARE(result.error, expected);
    // The signature was good, so an expired token still says whose it was (for the log).
    QCOMPARE(result.claims.name, u"bob"_s);
    QCOMPARE(result.claims.expiresAt, exp);
}

void TestJwt::forgedExpiredTokenIsBadSignature()
{
    const QString token = Jwt::sign(claims(1, u"alice"_s, u"admin"_s, Now - 3600), "attacker-secret-0000"_ba);
    QCOMPARE(Jwt::verify(token, Secret, Now).error, Jwt::Error::BadSignature);
}

void TestJwt::flippedSignatureChar_data()
{
    QTest::addColumn<int>("position");   // counted from the end of the token

    QTest::newRow("first") << 43;
    QTest::newRow("middle") << 20;
    QTest::newRow("last") << 1;
}

void TestJwt::flippedSignatureChar()
{
    QFETCH(int, position);

    QString token = Jwt::sign(claims(2, u"bob"_s, u"user"_s, Now + 60), Secret);
    QCOMPARE(token.size() - token.lastIndexOf(u'.') - 1, 43);   // 32 bytes, unpadded
    const qsizetype index = token.size() - position;
    const QString alphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"_s;
    const QString original = token;
    token[index] = alphabet.at(alphabet.indexOf(token.at(index)) ^ 1);
    QCOMPARE_NE(token, original);
    if (position == 1) {
        // The lowest bit of the last character is padding: the decoded bytes do not change,
        // and the token must still be refused.
        const auto decode = [](const QString &t) {
            return QByteArray::fromBase64(t.mid(t.lastIndexOf(u'.') + 1).toLatin1(),
                                          QByteArray::Base64UrlEncoding);
        };
        QCOMPARE(decode(token), decode(original));
    }
    QCOMPARE(Jwt::verify(token, Secret, Now).error, Jwt::Error::BadSignature);
}

void TestJwt::tamperedPayload()
{
    const QString token = Jwt::sign(claims(2, u"bob"_s, u"user"_s, Now + 60), Secret);
    const QString admin = Jwt::sign(claims(2, u"bob"_s, u"admin"_s, Now + 60), "other-secret-000000"_ba);
    QStringList parts = token.split(u'.');
    parts[1] = admin.split(u'.')[1];
    QCOMPARE(Jwt::verify(parts.join(u'.'), Secret, Now).error, Jwt::Error::BadSignature);
}

void TestJwt::wrongSecret()
{
    const QString token = Jwt::sign(claims(2, u"bob"_s, u"user"_s, Now + 60), Secret);
    QCOMPARE(Jwt::verify(token, "another-secret-0123456789"_ba, Now).error, Jwt::Error::BadSignature);
    QCOMPARE(Jwt::verify(token, QByteArray(), Now).error, Jwt::Error::BadSignature);
}

void TestJwt::badAlgorithm_data()
{
    QTest::addColumn<QString>("token");

    const QByteArray noneHeader = b64(R"({"alg":"none","typ":"JWT"})"_ba);
    QTest::newRow("none, empty signature")
        << QString::fromLatin1(noneHeader + '.' + b64(ValidPayload) + '.');
    QTest::newRow("none, no signature part")
        << QString::fromLatin1(noneHeader + '.' + b64(ValidPayload));
    QTest::newRow("None, empty signature")
        << QString::fromLatin1(b64(R"({"alg":"None"})"_ba) + '.' + b64(ValidPayload) + '.');
    QTest::newRow("HS512, valid HS512 signature")
        << makeToken(R"({"alg":"HS512","typ":"JWT"})"_ba, ValidPayload, Secret,
                     QCryptographicHash::Sha512);
    QTest::newRow("hs256 lower case") << makeToken(R"({"alg":"hs256"})"_ba, ValidPayload);
    QTest::newRow("RS256") << makeToken(R"({"alg":"RS256"})"_ba, ValidPayload);
    QTest::newRow("missing alg") << makeToken(R"({"typ":"JWT"})"_ba, ValidPayload);
    QTest::newRow("alg not a string") << makeToken(R"({"alg":256})"_ba, ValidPayload);
    QTest::newRow("alg with space") << makeToken(R"({"alg":"HS256 "})"_ba, ValidPayload);
}

void TestJwt::badAlgorithm()
{
    QFETCH(QString, token);
    const Jwt::Result result = Jwt::verify(token, Secret, Now);
    // "none, no signature part" has two parts only: refused as malformed before alg is read.
    if (token.count(u'.') == 1)
        QCOMPARE(result.error, Jwt::Error::Malformed);
    else
        QCOMPARE(result.error, Jwt::Error::BadAlgorithm);
    QVERIFY(!result.ok());
}

void TestJwt::malformedText_data()
{
    QTest::addColumn<QString>("token");

    const QString valid = makeToken(Hs256Header, ValidPayload);
    const QStringList parts = valid.split(u'.');
    QTest::newRow("empty") << QString();
    QTest::newRow("one part") << u"abc"_s;
    QTest::newRow("two parts") << parts[0] + u'.' + parts[1];
    QTest::newRow("four parts") << valid + u".abc"_s;
    QTest::newRow("only dots") << u".."_s;
    QTest::newRow("empty header") << u'.' + parts[1] + u'.' + parts[2];
    QTest::newRow("empty payload") << parts[0] + u".."_s + parts[2];
    QTest::newRow("header not base64") << u"!!!!."_s + parts[1] + u'.' + parts[2];
    QTest::newRow("header padded") << parts[0] + u"==."_s + parts[1] + u'.' + parts[2];
    QTest::newRow("header standard base64 chars") << u"ab+/."_s + parts[1] + u'.' + parts[2];
    QTest::newRow("header impossible length") << u"eyJhb."_s + parts[1] + u'.' + parts[2];
    QTest::newRow("header not JSON") << QString::fromLatin1(b64("hello"_ba)) + u'.' + parts[1] + u'.' + parts[2];
    QTest::newRow("header JSON array") << QString::fromLatin1(b64(R"(["HS256"])"_ba)) + u'.' + parts[1] + u'.' + parts[2];
    QTest::newRow("non-ASCII in payload") << parts[0] + u".é."_s + parts[2];
    QTest::newRow("spaces around") << u' ' + valid + u' ';
}

void TestJwt::malformedText()
{
    QFETCH(QString, token);
    QCOMPARE(Jwt::verify(token, Secret, Now).error, Jwt::Error::Malformed);
}

void TestJwt::malformedClaims_data()
{
    QTest::addColumn<QByteArray>("payload");

    QTest::newRow("not JSON") << "not json"_ba;
    QTest::newRow("truncated JSON") << R"({"sub":"7","name":"carol")"_ba;
    QTest::newRow("array") << "[1,2,3]"_ba;
    QTest::newRow("empty object") << "{}"_ba;
    QTest::newRow("missing sub") << R"({"name":"carol","role":"user","exp":1700000100})"_ba;
    QTest::newRow("missing name") << R"({"sub":"7","role":"user","exp":1700000100})"_ba;
    QTest::newRow("missing role") << R"({"sub":"7","name":"carol","exp":1700000100})"_ba;
    QTest::newRow("missing exp") << R"({"sub":"7","name":"carol","role":"user"})"_ba;
    QTest::newRow("exp as string") << R"({"sub":"7","name":"carol","role":"user","exp":"1700000100"})"_ba;
    QTest::newRow("exp null") << R"({"sub":"7","name":"carol","role":"user","exp":null})"_ba;
    QTest::newRow("name number") << R"({"sub":"7","name":7,"role":"user","exp":1700000100})"_ba;
    QTest::newRow("role null") << R"({"sub":"7","name":"carol","role":null,"exp":1700000100})"_ba;
    QTest::newRow("sub empty") << R"({"sub":"","name":"carol","role":"user","exp":1700000100})"_ba;
    QTest::newRow("sub letters") << R"({"sub":"carol","name":"carol","role":"user","exp":1700000100})"_ba;
    QTest::newRow("sub negative string") << R"({"sub":"-7","name":"carol","role":"user","exp":1700000100})"_ba;
    QTest::newRow("sub with space") << R"({"sub":" 7","name":"carol","role":"user","exp":1700000100})"_ba;
    QTest::newRow("sub overflows") << R"({"sub":"9223372036854775808","name":"c","role":"user","exp":1700000100})"_ba;
    QTest::newRow("sub negative number") << R"({"sub":-7,"name":"carol","role":"user","exp":1700000100})"_ba;
    QTest::newRow("sub fraction") << R"({"sub":7.5,"name":"carol","role":"user","exp":1700000100})"_ba;
    QTest::newRow("sub bool") << R"({"sub":true,"name":"carol","role":"user","exp":1700000100})"_ba;
}

void TestJwt::malformedClaims()
{
    QFETCH(QByteArray, payload);
    QCOMPARE(Jwt::verify(makeToken(Hs256Header, payload), Secret, Now).error, Jwt::Error::Malformed);
}

void TestJwt::subjectForms_data()
{
    QTest::addColumn<QByteArray>("sub");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("string") << R"("123")"_ba << qint64(123);
    QTest::newRow("string, leading zero") << R"("007")"_ba << qint64(7);
    QTest::newRow("number") << "123"_ba << qint64(123);
    QTest::newRow("number zero") << "0"_ba << qint64(0);
    QTest::newRow("number 2^53") << "9007199254740992"_ba << qint64(9'007'199'254'740'992);
    QTest::newRow("string, qint64 max") << R"("9223372036854775807")"_ba << std::numeric_limits<qint64>::max();
}

void TestJwt::subjectForms()
{
    QFETCH(QByteArray, sub);
    QFETCH(qint64, expected);

    const QByteArray payload = R"({"sub":)"_ba + sub + R"(,"name":"n","role":"r","exp":1700000100})"_ba;
    const Jwt::Result result = Jwt::verify(makeToken(Hs256Header, payload), Secret, Now);
    QCOMPARE(result.error, Jwt::Error::None);
    QCOMPARE(result.claims.userId, expected);
}

void TestJwt::looksLikeJwt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");

    QTest::newRow("signed token") << makeToken(Hs256Header, ValidPayload) << true;
    QTest::newRow("short parts") << u"a.b.c"_s << true;
    QTest::newRow("url-safe chars") << u"a-_.b-_.c-_"_s << true;
    QTest::newRow("api token") << u"secret-token"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("two parts") << u"a.b"_s << false;
    QTest::newRow("four parts") << u"a.b.c.d"_s << false;
    QTest::newRow("empty signature") << u"a.b."_s << false;
    QTest::newRow("empty middle") << u"a..c"_s << false;
    QTest::newRow("padding") << u"a.b.c="_s << false;
    QTest::newRow("standard base64") << u"a+.b/.c"_s << false;
    QTest::newRow("space") << u"a.b .c"_s << false;
}

void TestJwt::looksLikeJwt()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(Jwt::looksLikeJwt(text), expected);
}

QTEST_GUILESS_MAIN(TestJwt)
#include "tst_jwt.moc"
