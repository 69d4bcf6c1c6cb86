// Parsing of inbound text frames, the raw-member finder used to forward published objects
// byte for byte, the ordered JSON writer, and the admin command parser (SPEC §1, §4).

#include "admin/admincommand.h"
#include "inbound.h"
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace SocketScope;

Q_DECLARE_METATYPE(SocketScope::InboundMessage::Kind)
Q_DECLARE_METATYPE(SocketScope::AdminCommand::Type)

namespace {

using Kind = InboundMessage::Kind;
using Type = AdminCommand::Type;

QByteArray writerString(const QString &s)
{
    QByteArray out;
    JsonWriter::appendString(out, s);
    return out;
}

// How QJsonDocument::Compact writes the same string.
QByteArray qtString(const QString &s)
{
    const QByteArray doc = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return doc.mid(1, doc.size() - 2);
}

AdminParse parseAdmin(const QString &text)
{
    const auto p = parseAdminCommand(parseInbound(text));
    if (!p) {
        AdminParse none;
        none.error = u"<not an admin command>"_s;
        return none;
    }
    return *p;
}

const QString Max64 = u"9223372036854775807"_s;

} // namespace

class tst_Inbound : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---------------------------------------------------------------------------- parseInbound

    void kinds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("type");

        QTest::newRow("empty") << QString() << Kind::Empty << QString();
        QTest::newRow("empty string") << u""_s << Kind::Empty << QString();
        QTest::newRow("space") << u" "_s << Kind::Empty << QString();
        QTest::newRow("whitespace mix") << u" \t\r\n  "_s << Kind::Empty << QString();
        QTest::newRow("unicode spaces") << u"\u00A0\u2003\u3000"_s << Kind::Empty << QString();
        QTest::newRow("ping") << u"ping"_s << Kind::Ping << QString();
        QTest::newRow("pong") << u"pong"_s << Kind::Pong << QString();
        QTest::newRow("ping upper") << u"PING"_s << Kind::Text << QString();
        QTest::newRow("ping padded") << u" ping"_s << Kind::Text << QString();
        QTest::newRow("ping newline") << u"ping\n"_s << Kind::Text << QString();
        QTest::newRow("pong upper") << u"Pong"_s << Kind::Text << QString();
        QTest::newRow("pingpong") << u"pingpong"_s << Kind::Text << QString();
        QTest::newRow("text") << u"hello"_s << Kind::Text << QString();
        QTest::newRow("text unicode") << u"grüße 👋"_s << Kind::Text << QString();
        QTest::newRow("empty object") << u"{}"_s << Kind::Json << QString();
        QTest::newRow("object with type") << u"{\"type\":\"broadcast\",\"text\":\"x\"}"_s << Kind::Json
                                          << u"broadcast"_s;
        QTest::newRow("object padded") << u"  \n{\"type\" : \"stats\"}\t "_s << Kind::Json << u"stats"_s;
        QTest::newRow("type not a string") << u"{\"type\":5}"_s << Kind::Json << QString();
        QTest::newRow("type null") << u"{\"type\":null}"_s << Kind::Json << QString();
        QTest::newRow("type object") << u"{\"type\":{\"a\":1}}"_s << Kind::Json << QString();
        QTest::newRow("type empty") << u"{\"type\":\"\"}"_s << Kind::Json << QString();
        QTest::newRow("nested type only") << u"{\"data\":{\"type\":\"x\"}}"_s << Kind::Json << QString();
        QTest::newRow("duplicate type: last") << u"{\"type\":\"a\",\"type\":\"b\"}"_s << Kind::Json << u"b"_s;
        QTest::newRow("array") << u"[1,2,3]"_s << Kind::Text << QString();
        QTest::newRow("array of objects") << u"[{\"type\":\"stats\"}]"_s << Kind::Text << QString();
        QTest::newRow("string") << u"\"hello\""_s << Kind::Text << QString();
        QTest::newRow("number") << u"42"_s << Kind::Text << QString();
        QTest::newRow("null") << u"null"_s << Kind::Text << QString();
        QTest::newRow("invalid json") << u"{not json}"_s << Kind::Text << QString();
        QTest::newRow("unterminated") << u"{\"type\":\"stats\""_s << Kind::Text << QString();
        QTest::newRow("trailing comma") << u"{\"a\":1,}"_s << Kind::Text << QString();
        QTest::newRow("garbage after") << u"{\"a\":1} x"_s << Kind::Text << QString();
        QTest::newRow("two objects") << u"{}{}"_s << Kind::Text << QString();
        QTest::newRow("single quotes") << u"{'type':'stats'}"_s << Kind::Text << QString();
        QTest::newRow("brace only") << u"{"_s << Kind::Text << QString();
    }
    void kinds()
    {
        QFETCH(QString, text);
        QFETCH(Kind, kind);
        QFETCH(QString, type);
        const InboundMessage m = parseInbound(text);
        QCOMPARE(m.kind, kind);
        QCOMPARE(m.text, text);
        QCOMPARE(m.type, type);
        if (kind == Kind::Json) {
            QCOMPARE(m.utf8, text.toUtf8());
            QCOMPARE(m.json, QJsonDocument::fromJson(text.toUtf8()).object());
        } else {
            QCOMPARE(m.utf8, QByteArray());
            QVERIFY(m.json.isEmpty());
        }
    }

    void jsonObjectContents()
    {
        const InboundMessage m = parseInbound(u"{\"type\":\"publish\",\"data\":{\"n\":1.5,\"s\":\"é\"},\"list\":[1]}"_s);
        QCOMPARE(m.kind, Kind::Json);
        QCOMPARE(m.json.value(u"data").toObject().value(u"n").toDouble(), 1.5);
        QCOMPARE(m.json.value(u"data").toObject().value(u"s").toString(), u"é"_s);
        QCOMPARE(m.json.value(u"list").toArray().size(), 1);
        QCOMPARE(m.json.keys(), (QStringList{u"data"_s, u"list"_s, u"type"_s}));
    }

    void authTokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isAuth");
        QTest::addColumn<QString>("token");
        QTest::newRow("auth") << u"{\"type\":\"auth\",\"token\":\"secret-token\"}"_s << true << u"secret-token"_s;
        QTest::newRow("auth padded") << u" { \"token\" : \"abc\" , \"type\" : \"auth\" } "_s << true << u"abc"_s;
        QTest::newRow("auth escaped") << u"{\"type\":\"auth\",\"token\":\"a\\\"b\\u00e9\"}"_s << true << u"a\"bé"_s;
        QTest::newRow("auth empty token") << u"{\"type\":\"auth\",\"token\":\"\"}"_s << true << QString();
        QTest::newRow("extra members") << u"{\"type\":\"auth\",\"token\":\"t\",\"x\":1}"_s << true << u"t"_s;
        QTest::newRow("token number") << u"{\"type\":\"auth\",\"token\":123}"_s << false << QString();
        QTest::newRow("token null") << u"{\"type\":\"auth\",\"token\":null}"_s << false << QString();
        QTest::newRow("token missing") << u"{\"type\":\"auth\"}"_s << false << QString();
        QTest::newRow("type other") << u"{\"type\":\"login\",\"token\":\"t\"}"_s << false << QString();
        QTest::newRow("type upper") << u"{\"type\":\"AUTH\",\"token\":\"t\"}"_s << false << QString();
        QTest::newRow("no type") << u"{\"token\":\"t\"}"_s << false << QString();
        QTest::newRow("array") << u"[{\"type\":\"auth\",\"token\":\"t\"}]"_s << false << QString();
        QTest::newRow("text") << u"secret-token"_s << false << QString();
        QTest::newRow("empty") << QString() << false << QString();
    }
    void authTokens()
    {
        QFETCH(QString, text);
        QFETCH(bool, isAuth);
        QFETCH(QString, token);
        const auto t = authToken(parseInbound(text));
        QCOMPARE(t.has_value(), isAuth);
        if (isAuth)
            QCOMPARE(*t, token);
    }

    // ---------------------------------------------------------------------------- raw members

    void rawMember_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("found");
        QTest::addColumn<QByteArray>("raw");

        QTest::newRow("object") << u"{\"type\":\"publish\",\"data\":{\"a\":1}}"_s << u"data"_s << true
                                << QByteArray("{\"a\":1}");
        QTest::newRow("first member") << u"{\"data\":{\"a\":1},\"type\":\"publish\"}"_s << u"data"_s << true
                                      << QByteArray("{\"a\":1}");
        QTest::newRow("whitespace kept inside") << u"{ \"data\" :  { \"z\" : 1 ,\n \"a\":[ 1 , 2 ] }  , \"t\":0 }"_s
                                                << u"data"_s << true
                                                << QByteArray("{ \"z\" : 1 ,\n \"a\":[ 1 , 2 ] }");
        QTest::newRow("key order kept") << u"{\"data\":{\"z\":1,\"a\":2,\"m\":3}}"_s << u"data"_s << true
                                        << QByteArray("{\"z\":1,\"a\":2,\"m\":3}");
        QTest::newRow("nested objects and arrays")
            << u"{\"data\":{\"a\":{\"b\":{\"c\":[1,[2,[3,{\"d\":{}}]]]}},\"e\":[]},\"x\":1}"_s << u"data"_s << true
            << QByteArray("{\"a\":{\"b\":{\"c\":[1,[2,[3,{\"d\":{}}]]]}},\"e\":[]}");
        QTest::newRow("braces in strings")
            << u"{\"data\":{\"s\":\"}}]]{{[\",\"t\":\"{\"},\"after\":{\"x\":1}}"_s << u"data"_s << true
            << QByteArray("{\"s\":\"}}]]{{[\",\"t\":\"{\"}");
        QTest::newRow("escaped quotes in strings")
            << u"{\"data\":{\"q\":\"a\\\"}b\\\"{\",\"r\":\"\\\\\"},\"z\":2}"_s << u"data"_s << true
            << QByteArray("{\"q\":\"a\\\"}b\\\"{\",\"r\":\"\\\\\"}");
        QTest::newRow("escaped quote in earlier key")
            << u"{\"a\\\"data\\\"\":{\"x\":\"}\"},\"data\":{\"y\":2}}"_s << u"data"_s << true
            << QByteArray("{\"y\":2}");
        QTest::newRow("key ending in backslash")
            << u"{\"k\\\\\":\"v\",\"data\":{\"y\":3}}"_s << u"data"_s << true << QByteArray("{\"y\":3}");
        QTest::newRow("escaped key") << u"{\"d\\u0061ta\":{\"e\":1}}"_s << u"data"_s << true
                                     << QByteArray("{\"e\":1}");
        QTest::newRow("duplicate keys: last")
            << u"{\"data\":{\"first\":1},\"type\":\"publish\",\"data\":{\"second\":2}}"_s << u"data"_s << true
            << QByteArray("{\"second\":2}");
        QTest::newRow("duplicate keys, last escaped")
            << u"{\"data\":{\"first\":1},\"d\\u0061ta\":{\"second\":2}}"_s << u"data"_s << true
            << QByteArray("{\"second\":2}");
        QTest::newRow("same key nested is not top level")
            << u"{\"outer\":{\"data\":{\"inner\":1}},\"data\":{\"top\":1}}"_s << u"data"_s << true
            << QByteArray("{\"top\":1}");
        QTest::newRow("key in a string value") << u"{\"s\":\"\\\"data\\\":{}\",\"data\":[1]}"_s << u"data"_s
                                               << true << QByteArray("[1]");
        QTest::newRow("string value") << u"{\"data\":\"a\\\"b\"}"_s << u"data"_s << true
                                      << QByteArray("\"a\\\"b\"");
        QTest::newRow("number") << u"{\"data\":  -1.5e3 }"_s << u"data"_s << true << QByteArray("-1.5e3");
        QTest::newRow("number before comma") << u"{\"data\":42,\"b\":1}"_s << u"data"_s << true << QByteArray("42");
        QTest::newRow("true") << u"{\"data\":true}"_s << u"data"_s << true << QByteArray("true");
        QTest::newRow("null") << u"{\"a\":1,\"data\":null}"_s << u"data"_s << true << QByteArray("null");
        QTest::newRow("array") << u"{\"data\":[1, [2], {\"]\":\"[\"}] }"_s << u"data"_s << true
                               << QByteArray("[1, [2], {\"]\":\"[\"}]");
        QTest::newRow("non-ascii") << u"{\"data\":{\"s\":\"é 👋 新\"}}"_s << u"data"_s << true
                                   << u"{\"s\":\"é 👋 新\"}"_s.toUtf8();
        QTest::newRow("unicode escapes kept") << u"{\"data\":{\"s\":\"\\u00e9\\n\"}}"_s << u"data"_s << true
                                              << QByteArray("{\"s\":\"\\u00e9\\n\"}");
        QTest::newRow("missing") << u"{\"type\":\"publish\"}"_s << u"data"_s << false << QByteArray();
        QTest::newRow("only nested") << u"{\"outer\":{\"data\":1}}"_s << u"data"_s << false << QByteArray();
        QTest::newRow("prefix of a key") << u"{\"dat\":1,\"database\":2}"_s << u"data"_s << false << QByteArray();
        QTest::newRow("not json") << u"data"_s << u"data"_s << false << QByteArray();
        QTest::newRow("array message") << u"[{\"data\":1}]"_s << u"data"_s << false << QByteArray();
    }
    void rawMember()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QFETCH(bool, found);
        QFETCH(QByteArray, raw);
        const QByteArray latin1 = key.toLatin1();
        const InboundMessage m = parseInbound(text);
        const auto member = m.rawMember(QLatin1StringView(latin1));
        QCOMPARE(member.has_value(), found);
        if (!found)
            return;
        QCOMPARE(*member, raw);
        // The raw text means what QJsonDocument made of the member.
        const QJsonValue parsed = QJsonDocument::fromJson("[" + raw + "]").array().at(0);
        QCOMPARE(parsed, m.json.value(key));
    }

    void findTopLevelMemberDirect()
    {
        QCOMPARE(findTopLevelMember("{\"a\":1}", "a"_L1).value_or("<none>"), QByteArrayView("1"));
        QCOMPARE(findTopLevelMember("  {  \"a\"  :  \"x\"  }  ", "a"_L1).value_or("<none>"), QByteArrayView("\"x\""));
        QCOMPARE(findTopLevelMember("{\"a\":1,\"b\":{\"c\":2}}", "b"_L1).value_or("<none>"),
                 QByteArrayView("{\"c\":2}"));
        QCOMPARE(findTopLevelMember("{\"a\":1,\"a\":2,\"a\":3}", "a"_L1).value_or("<none>"), QByteArrayView("3"));
        QVERIFY(!findTopLevelMember("{\"a\":1}", "b"_L1));
        QVERIFY(!findTopLevelMember("{}", "a"_L1));
        QVERIFY(!findTopLevelMember("", "a"_L1));
        QVERIFY(!findTopLevelMember("[{\"a\":1}]", "a"_L1));
        QVERIFY(!findTopLevelMember("\"a\"", "a"_L1));
        QVERIFY(!findTopLevelMember("{\"b\":{\"a\":1}}", "a"_L1));
    }

    void rawMemberOnlyForJson()
    {
        InboundMessage m = parseInbound(u"[{\"data\":{}}]"_s);
        QCOMPARE(m.kind, Kind::Text);
        QVERIFY(!m.rawMember("data"_L1));
        m = parseInbound(u"ping"_s);
        QVERIFY(!m.rawMember("data"_L1));
    }

    // ---------------------------------------------------------------------------- JsonWriter

    void writerStructure()
    {
        QCOMPARE(JsonWriter().beginObject().endObject().take(), QByteArray("{}"));
        QCOMPARE(JsonWriter().beginArray().endArray().take(), QByteArray("[]"));
        QCOMPARE(JsonWriter().beginArray().beginArray().endArray().beginObject().endObject().endArray().take(),
                 QByteArray("[[],{}]"));

        JsonWriter w;
        w.beginObject()
            .field(u"zeta", 1)
            .field(u"alpha", u"x"_s)
            .key(u"arr").beginArray()
                .value(1).value(u"s"_s).beginObject().endObject().beginArray().endArray().null().value(true).value(false)
            .endArray()
            .key(u"obj").beginObject().field(u"k", false).key(u"n").null().endObject()
            .field(u"middle", true)
            .endObject();
        QCOMPARE(w.data(), QByteArray("{\"zeta\":1,\"alpha\":\"x\",\"arr\":[1,\"s\",{},[],null,true,false],"
                                      "\"obj\":{\"k\":false,\"n\":null},\"middle\":true}"));
        const QByteArray taken = w.take();
        QCOMPARE(taken, QByteArray("{\"zeta\":1,\"alpha\":\"x\",\"arr\":[1,\"s\",{},[],null,true,false],"
                                   "\"obj\":{\"k\":false,\"n\":null},\"middle\":true}"));
        QCOMPARE(w.data(), QByteArray());
    }

    void writerKeyOrderIsKept()
    {
        // QJsonObject would sort these; the writer keeps the order SPEC's formats need.
        JsonWriter w;
        w.beginObject()
            .field(u"type", u"welcome"_s)
            .field(u"message", u"Welcome alice"_s)
            .key(u"user").beginObject()
                .field(u"user_id", qint64(1)).field(u"username", u"alice"_s).field(u"role", u"admin"_s)
            .endObject()
            .field(u"auth_method", u"query"_s)
            .endObject();
        QCOMPARE(w.take(), QByteArray("{\"type\":\"welcome\",\"message\":\"Welcome alice\",\"user\":{\"user_id\":1,"
                                      "\"username\":\"alice\",\"role\":\"admin\"},\"auth_method\":\"query\"}"));
    }

    void writerRaw()
    {
        JsonWriter w;
        w.beginObject().key(u"data").raw("{ \"b\" : 1, \"a\":[2] }").field(u"n", 2).key(u"list").beginArray()
            .raw("1").raw("{\"x\":null}").value(3).endArray().endObject();
        QCOMPARE(w.take(), QByteArray("{\"data\":{ \"b\" : 1, \"a\":[2] },\"n\":2,\"list\":[1,{\"x\":null},3]}"));
    }

    void writerNumbers()
    {
        const auto one = [](auto v) { return JsonWriter().beginArray().value(v).endArray().take(); };
        QCOMPARE(one(0), QByteArray("[0]"));
        QCOMPARE(one(-5), QByteArray("[-5]"));
        QCOMPARE(one(std::numeric_limits<qint64>::max()), QByteArray("[9223372036854775807]"));
        QCOMPARE(one(std::numeric_limits<qint64>::min()), QByteArray("[-9223372036854775808]"));
        QCOMPARE(one(std::numeric_limits<quint64>::max()), QByteArray("[18446744073709551615]"));
        QCOMPARE(one(1.5), QByteArray("[1.5]"));
        QCOMPARE(one(0.1), QByteArray("[0.1]"));
        QCOMPARE(one(-2.25), QByteArray("[-2.25]"));
        QCOMPARE(one(100.0), QByteArray("[100]"));
        QCOMPARE(one(std::nan("")), QByteArray("[null]"));
        QCOMPARE(one(std::numeric_limits<double>::infinity()), QByteArray("[null]"));
        QCOMPARE(one(-std::numeric_limits<double>::infinity()), QByteArray("[null]"));
        QCOMPARE(JsonWriter().beginObject().field(u"u", quint64(7)).field(u"i", qint64(-7)).field(u"b", true)
                     .endObject().take(),
                 QByteArray("{\"u\":7,\"i\":-7,\"b\":true}"));
    }

    void writerStrings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("plain") << u"hello"_s << QByteArray("\"hello\"");
        QTest::newRow("empty") << QString() << QByteArray("\"\"");
        QTest::newRow("quote") << u"a\"b"_s << QByteArray("\"a\\\"b\"");
        QTest::newRow("backslash") << u"a\\b"_s << QByteArray("\"a\\\\b\"");
        QTest::newRow("slash not escaped") << u"a/b"_s << QByteArray("\"a/b\"");
        QTest::newRow("short escapes") << u"\b\f\n\r\t"_s << QByteArray("\"\\b\\f\\n\\r\\t\"");
        QTest::newRow("NUL") << QString(QChar(0)) << QByteArray("\"\\u0000\"");
        QTest::newRow("control 0x01") << u"\u0001"_s << QByteArray("\"\\u0001\"");
        QTest::newRow("control 0x1f") << u"\u001f"_s << QByteArray("\"\\u001f\"");
        QTest::newRow("escape 0x1b") << u"\u001b[0m"_s << QByteArray("\"\\u001b[0m\"");
        QTest::newRow("DEL unescaped") << u"\u007f"_s << QByteArray("\"\x7f\"");
        QTest::newRow("latin") << u"grüße"_s << u"\"grüße\""_s.toUtf8();
        QTest::newRow("cjk") << u"新闻"_s << u"\"新闻\""_s.toUtf8();
        QTest::newRow("emoji") << u"👋"_s << QByteArray("\"\xF0\x9F\x91\x8B\"");
        QTest::newRow("line separator") << u"\u2028"_s << QByteArray("\"\xE2\x80\xA8\"");
        QTest::newRow("mixed") << u"He said \"hi\\\" \n\tà"_s << u"\"He said \\\"hi\\\\\\\" \\n\\tà\""_s.toUtf8();
    }
    void writerStrings()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, json);
        QCOMPARE(writerString(text), json);
        QCOMPARE(JsonWriter().value(text).take(), json);
        // Byte for byte what QJsonDocument::Compact writes.
        QCOMPARE(writerString(text), qtString(text));
        // And it reads back as the same string.
        QCOMPARE(QJsonDocument::fromJson("[" + json + "]").array().at(0).toString(), text);
    }

    void writerMatchesQtForEveryAsciiChar()
    {
        for (int c = 0; c < 0x80; ++c) {
            const QString s = u"<"_s + QChar(c) + u">"_s;
            QCOMPARE(writerString(s), qtString(s));
        }
    }

    void writerMatchesQtCompactObject()
    {
        // With keys written in sorted order the writer's output is QJsonDocument's exactly.
        const QJsonObject o{{u"a"_s, u"x\"y\\z\n\u0002é"_s}, {u"b"_s, 12}, {u"c"_s, true},
                            {u"d"_s, QJsonValue::Null}, {u"e"_s, QJsonArray{1, u"two"_s, false}}};
        JsonWriter w;
        w.beginObject()
            .field(u"a", u"x\"y\\z\n\u0002é"_s)
            .field(u"b", 12)
            .field(u"c", true)
            .key(u"d").null()
            .key(u"e").beginArray().value(1).value(u"two"_s).value(false).endArray()
            .endObject();
        QCOMPARE(w.take(), QJsonDocument(o).toJson(QJsonDocument::Compact));
    }

    void errorJsonText()
    {
        QCOMPARE(errorJson(u"Empty message not allowed"), QByteArray("{\"error\":\"Empty message not allowed\"}"));
        QCOMPARE(errorJson(u"\"data\" must be a JSON object"), QByteArray("{\"error\":\"\\\"data\\\" must be a JSON object\"}"));
        QCOMPARE(errorJson(u"a\\b\nc"), QByteArray("{\"error\":\"a\\\\b\\nc\"}"));
        QCOMPARE(errorJson(u"é"), u"{\"error\":\"é\"}"_s.toUtf8());
        QCOMPARE(errorJson(QStringView()), QByteArray("{\"error\":\"\"}"));
    }

    // ---------------------------------------------------------------------------- admin commands

    void notAdminCommands_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("text") << u"do something"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("ping") << u"ping"_s;
        QTest::newRow("array") << u"[{\"type\":\"stats\"}]"_s;
        QTest::newRow("invalid json") << u"{\"type\":\"stats\""_s;
        QTest::newRow("no type") << u"{\"text\":\"x\"}"_s;
        QTest::newRow("unknown type") << u"{\"type\":\"no_such_command\"}"_s;
        QTest::newRow("type case") << u"{\"type\":\"Stats\"}"_s;
        QTest::newRow("type not string") << u"{\"type\":1}"_s;
        QTest::newRow("kick_user is not a type") << u"{\"type\":\"kick_user\",\"user_id\":1}"_s;
        QTest::newRow("auth") << u"{\"type\":\"auth\",\"token\":\"x\"}"_s;
    }
    void notAdminCommands()
    {
        QFETCH(QString, text);
        QVERIFY(!parseAdminCommand(parseInbound(text)).has_value());
    }

    void simpleCommands_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Type>("type");
        QTest::newRow("stats") << u"{\"type\":\"stats\"}"_s << Type::Stats;
        QTest::newRow("stats with extras") << u"{\"type\":\"stats\",\"x\":[1]}"_s << Type::Stats;
        QTest::newRow("list_connections") << u"{\"type\":\"list_connections\"}"_s << Type::ListConnections;
        QTest::newRow("list_rooms") << u"{\"type\":\"list_rooms\"}"_s << Type::ListRooms;
        QTest::newRow("list_topics") << u"{\"type\":\"list_topics\"}"_s << Type::ListTopics;
    }
    void simpleCommands()
    {
        QFETCH(QString, text);
        QFETCH(Type, type);
        const AdminParse p = parseAdmin(text);
        QCOMPARE(p.error, QString());
        QCOMPARE(p.command.type, type);
    }

    void broadcast()
    {
        AdminParse p = parseAdmin(u"{\"type\":\"broadcast\",\"text\":\"Hello all\"}"_s);
        QCOMPARE(p.error, QString());
        QCOMPARE(p.command.type, Type::Broadcast);
        QCOMPARE(p.command.text, u"Hello all"_s);
        QCOMPARE(p.command.room, QString());
        QCOMPARE(p.command.endpoint, EndpointKind::Unknown);

        p = parseAdmin(u"{\"type\":\"broadcast\",\"text\":\" padded \",\"room\":\"lobby\"}"_s);
        QCOMPARE(p.error, QString());
        QCOMPARE(p.command.text, u" padded "_s);
        QCOMPARE(p.command.room, u"lobby"_s);
        QCOMPARE(p.command.endpoint, EndpointKind::Unknown);

        p = parseAdmin(u"{\"type\":\"broadcast\",\"text\":\"x\",\"endpoint\":\"echo\"}"_s);
        QCOMPARE(p.error, QString());
        QCOMPARE(p.command.endpoint, EndpointKind::Echo);
        p = parseAdmin(u"{\"type\":\"broadcast\",\"text\":\"x\",\"endpoint\":\"/ws/room/{room_id}\"}"_s);
        QCOMPARE(p.error, QString());
        QCOMPARE(p.command.endpoint, EndpointKind::Room);
        p = parseAdmin(u"{\"type\":\"broadcast\",\"text\":\"x\",\"endpoint\":\"chat\"}"_s);
        QCOMPARE(p.command.endpoint, EndpointKind::Chat);
    }

    void publish()
    {
        const AdminParse p = parseAdmin(
            u"{\"type\":\"publish\",\"topic\":\"news\",\"data\":{\"z\":1, \"a\":{\"b\":[1,\"}\"]}}}"_s);
        QCOMPARE(p.error, QString());
        QCOMPARE(p.command.type, Type::Publish);
        QCOMPARE(p.command.topic, u"news"_s);
        QCOMPARE(p.command.data, QByteArray("{\"z\":1, \"a\":{\"b\":[1,\"}\"]}}"));
    }

    void send()
    {
        AdminParse p = parseAdmin(u"{\"type\":\"send\",\"user_id\":123,\"text\":\"hi john\"}"_s);
        QCOMPARE(p.error, QString());
        QCOMPARE(p.command.type, Type::SendToUser);
        QCOMPARE(p.command.userId, qint64(123));
        QCOMPARE(p.command.text, u"hi john"_s);
        // An id given as a decimal string is accepted too.
        p = parseAdmin(u"{\"type\":\"send\",\"user_id\":\"2\",\"text\":\"x\"}"_s);
        QCOMPARE(p.error, QString());
        QCOMPARE(p.command.userId, qint64(2));
    }

    void kick()
    {
        AdminParse p = parseAdmin(u"{\"type\":\"kick\",\"connection_id\":17}"_s);
        QCOMPARE(p.error, QString());
        QCOMPARE(p.command.type, Type::KickConnection);
        QCOMPARE(p.command.connectionId, quint64(17));
        QCOMPARE(p.command.code, 1008);
        QCOMPARE(p.command.reason, u"Kicked by admin"_s);

        p = parseAdmin(u"{\"type\":\"kick\",\"user_id\":2,\"code\":4000,\"reason\":\"Go away\"}"_s);
        QCOMPARE(p.error, QString());
        QCOMPARE(p.command.type, Type::KickUser);
        QCOMPARE(p.command.userId, qint64(2));
        QCOMPARE(p.command.code, 4000);
        QCOMPARE(p.command.reason, u"Go away"_s);

        p = parseAdmin(u"{\"type\":\"kick\",\"connection_id\":1,\"code\":1000,\"reason\":\"\"}"_s);
        QCOMPARE(p.error, QString());
        QCOMPARE(p.command.code, 1000);
        QCOMPARE(p.command.reason, QString());

        p = parseAdmin(u"{\"type\":\"kick\",\"connection_id\":1,\"reason\":\""_s + QString(123, u'r') + u"\"}"_s);
        QCOMPARE(p.error, QString());
        QCOMPARE(p.command.reason, QString(123, u'r'));

        p = parseAdmin(u"{\"type\":\"kick\",\"connection_id\":1,\"code\":3000}"_s);
        QCOMPARE(p.error, QString());
        QCOMPARE(p.command.code, 3000);
        p = parseAdmin(u"{\"type\":\"kick\",\"connection_id\":1,\"code\":4999}"_s);
        QCOMPARE(p.error, QString());
        QCOMPARE(p.command.code, 4999);
    }

    void ban()
    {
        AdminParse p = parseAdmin(u"{\"type\":\"ban\",\"user_id\":2,\"duration\":\"1h\"}"_s);
        QCOMPARE(p.error, QString());
        QCOMPARE(p.command.type, Type::Ban);
        QCOMPARE(p.command.userId, qint64(2));
        QCOMPARE(p.command.durationMs, qint64(3'600'000));
        QCOMPARE(p.command.reason, u"Banned"_s);

        p = parseAdmin(u"{\"type\":\"ban\",\"user_id\":123,\"duration\":90,\"reason\":\"Spam\"}"_s);
        QCOMPARE(p.error, QString());
        QCOMPARE(p.command.durationMs, qint64(90'000));
        QCOMPARE(p.command.reason, u"Spam"_s);

        p = parseAdmin(u"{\"type\":\"ban\",\"user_id\":1,\"duration\":\"1s\"}"_s);
        QCOMPARE(p.error, QString());
        QCOMPARE(p.command.durationMs, qint64(1000));
        p = parseAdmin(u"{\"type\":\"ban\",\"user_id\":1,\"duration\":\"366d\"}"_s);
        QCOMPARE(p.error, QString());
        QCOMPARE(p.command.durationMs, qint64(366) * 24 * 3600 * 1000);
        p = parseAdmin(u"{\"type\":\"ban\",\"user_id\":1,\"duration\":\"10m\"}"_s);
        QCOMPARE(p.command.durationMs, qint64(600'000));
    }

    void unban()
    {
        const AdminParse p = parseAdmin(u"{\"type\":\"unban\",\"user_id\":2}"_s);
        QCOMPARE(p.error, QString());
        QCOMPARE(p.command.type, Type::Unban);
        QCOMPARE(p.command.userId, qint64(2));
    }

    void setRateLimit()
    {
        AdminParse p = parseAdmin(u"{\"type\":\"set_rate_limit\",\"limit\":2}"_s);
        QCOMPARE(p.error, QString());
        QCOMPARE(p.command.type, Type::SetRateLimit);
        QCOMPARE(p.command.limit, 2);
        QCOMPARE(p.command.windowMs, qint64(0));

        p = parseAdmin(u"{\"type\":\"set_rate_limit\",\"limit\":1000000,\"window\":\"30s\"}"_s);
        QCOMPARE(p.error, QString());
        QCOMPARE(p.command.limit, 1'000'000);
        QCOMPARE(p.command.windowMs, qint64(30'000));
        p = parseAdmin(u"{\"type\":\"set_rate_limit\",\"limit\":1,\"window\":\"100ms\"}"_s);
        QCOMPARE(p.error, QString());
        QCOMPARE(p.command.windowMs, qint64(100));
        p = parseAdmin(u"{\"type\":\"set_rate_limit\",\"limit\":5,\"window\":2}"_s);
        QCOMPARE(p.error, QString());
        QCOMPARE(p.command.windowMs, qint64(2000));
    }

    void closeRoom()
    {
        AdminParse p = parseAdmin(u"{\"type\":\"close_room\",\"room\":\"lobby\"}"_s);
        QCOMPARE(p.error, QString());
        QCOMPARE(p.command.type, Type::CloseRoom);
        QCOMPARE(p.command.room, u"lobby"_s);
        QCOMPARE(p.command.code, 1000);
        QCOMPARE(p.command.reason, u"Room closed by admin"_s);
        p = parseAdmin(u"{\"type\":\"close_room\",\"room\":\"lobby\",\"code\":4001,\"reason\":\"Closing\"}"_s);
        QCOMPARE(p.error, QString());
        QCOMPARE(p.command.code, 4001);
        QCOMPARE(p.command.reason, u"Closing"_s);
    }

    void invalidArguments_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Type>("type");
        QTest::addColumn<QString>("error");

        const QString userIdRange = u"\"user_id\" must be an integer from 0 to "_s + Max64;
        const QString durationRange = u"\"duration\" must be a duration from 1s to 366d (e.g. \"30s\", \"10m\", \"1h\")"_s;
        const QString windowRange = u"\"window\" must be a duration from 100ms to 1d (e.g. \"30s\", \"10m\", \"1h\")"_s;

        QTest::newRow("broadcast no text") << u"{\"type\":\"broadcast\"}"_s << Type::Broadcast
                                           << u"\"text\" must be a non-empty string"_s;
        QTest::newRow("broadcast empty text") << u"{\"type\":\"broadcast\",\"text\":\"\"}"_s << Type::Broadcast
                                              << u"\"text\" must be a non-empty string"_s;
        QTest::newRow("broadcast blank text") << u"{\"type\":\"broadcast\",\"text\":\" \\t \"}"_s << Type::Broadcast
                                              << u"\"text\" must be a non-empty string"_s;
        QTest::newRow("broadcast text number") << u"{\"type\":\"broadcast\",\"text\":5}"_s << Type::Broadcast
                                               << u"\"text\" must be a non-empty string"_s;
        QTest::newRow("broadcast empty room") << u"{\"type\":\"broadcast\",\"text\":\"x\",\"room\":\"\"}"_s
                                              << Type::Broadcast << u"\"room\" must be a non-empty string"_s;
        QTest::newRow("broadcast room number") << u"{\"type\":\"broadcast\",\"text\":\"x\",\"room\":1}"_s
                                               << Type::Broadcast << u"\"room\" must be a non-empty string"_s;
        QTest::newRow("broadcast empty endpoint") << u"{\"type\":\"broadcast\",\"text\":\"x\",\"endpoint\":\"\"}"_s
                                                  << Type::Broadcast << u"\"endpoint\" must be a non-empty string"_s;
        QTest::newRow("broadcast unknown endpoint")
            << u"{\"type\":\"broadcast\",\"text\":\"x\",\"endpoint\":\"chatroom\"}"_s << Type::Broadcast
            << u"unknown endpoint \"chatroom\" (use echo, chat, admin, manager, room or subscribe)"_s;
        QTest::newRow("broadcast room and endpoint")
            << u"{\"type\":\"broadcast\",\"text\":\"x\",\"room\":\"a\",\"endpoint\":\"room\"}"_s << Type::Broadcast
            << u"give either \"room\" or \"endpoint\", not both"_s;

        QTest::newRow("publish no topic") << u"{\"type\":\"publish\",\"data\":{}}"_s << Type::Publish
                                          << u"\"topic\" must be a non-empty string"_s;
        QTest::newRow("publish blank topic") << u"{\"type\":\"publish\",\"topic\":\"  \",\"data\":{}}"_s
                                             << Type::Publish << u"\"topic\" must be a non-empty string"_s;
        QTest::newRow("publish no data") << u"{\"type\":\"publish\",\"topic\":\"t\"}"_s << Type::Publish
                                         << u"\"data\" must be a JSON object"_s;
        QTest::newRow("publish data array") << u"{\"type\":\"publish\",\"topic\":\"t\",\"data\":[1]}"_s
                                            << Type::Publish << u"\"data\" must be a JSON object"_s;
        QTest::newRow("publish data string") << u"{\"type\":\"publish\",\"topic\":\"t\",\"data\":\"{}\"}"_s
                                             << Type::Publish << u"\"data\" must be a JSON object"_s;
        QTest::newRow("publish data null") << u"{\"type\":\"publish\",\"topic\":\"t\",\"data\":null}"_s
                                           << Type::Publish << u"\"data\" must be a JSON object"_s;

        QTest::newRow("send no user") << u"{\"type\":\"send\",\"text\":\"x\"}"_s << Type::SendToUser << userIdRange;
        QTest::newRow("send negative user") << u"{\"type\":\"send\",\"user_id\":-1,\"text\":\"x\"}"_s
                                            << Type::SendToUser << userIdRange;
        QTest::newRow("send fractional user") << u"{\"type\":\"send\",\"user_id\":1.5,\"text\":\"x\"}"_s
                                              << Type::SendToUser << userIdRange;
        QTest::newRow("send user bool") << u"{\"type\":\"send\",\"user_id\":true,\"text\":\"x\"}"_s
                                        << Type::SendToUser << userIdRange;
        QTest::newRow("send user text") << u"{\"type\":\"send\",\"user_id\":\"bob\",\"text\":\"x\"}"_s
                                        << Type::SendToUser << userIdRange;
        QTest::newRow("send no text") << u"{\"type\":\"send\",\"user_id\":2}"_s << Type::SendToUser
                                      << u"\"text\" must be a non-empty string"_s;
        QTest::newRow("send blank text") << u"{\"type\":\"send\",\"user_id\":2,\"text\":\" \"}"_s << Type::SendToUser
                                         << u"\"text\" must be a non-empty string"_s;

        const QString exactlyOne = u"give exactly one of \"connection_id\" or \"user_id\""_s;
        QTest::newRow("kick neither") << u"{\"type\":\"kick\"}"_s << Type::KickConnection << exactlyOne;
        QTest::newRow("kick both") << u"{\"type\":\"kick\",\"connection_id\":1,\"user_id\":2}"_s
                                   << Type::KickConnection << exactlyOne;
        QTest::newRow("kick connection 0") << u"{\"type\":\"kick\",\"connection_id\":0}"_s << Type::KickConnection
                                           << u"\"connection_id\" must be an integer from 1 to "_s + Max64;
        QTest::newRow("kick connection text") << u"{\"type\":\"kick\",\"connection_id\":\"abc\"}"_s
                                              << Type::KickConnection
                                              << u"\"connection_id\" must be an integer from 1 to "_s + Max64;
        // The type says "kick"; whether of a user or a connection is only settled by a valid id.
        QTest::newRow("kick user negative") << u"{\"type\":\"kick\",\"user_id\":-3}"_s << Type::KickConnection
                                            << userIdRange;
        QTest::newRow("kick code too low") << u"{\"type\":\"kick\",\"connection_id\":1,\"code\":999}"_s
                                           << Type::KickConnection
                                           << u"\"code\" must be an integer from 1000 to 4999"_s;
        QTest::newRow("kick code too high") << u"{\"type\":\"kick\",\"connection_id\":1,\"code\":5000}"_s
                                            << Type::KickConnection
                                            << u"\"code\" must be an integer from 1000 to 4999"_s;
        QTest::newRow("kick code not integer") << u"{\"type\":\"kick\",\"connection_id\":1,\"code\":1008.5}"_s
                                               << Type::KickConnection
                                               << u"\"code\" must be an integer from 1000 to 4999"_s;
        QTest::newRow("kick code 1004") << u"{\"type\":\"kick\",\"connection_id\":1,\"code\":1004}"_s
                                        << Type::KickConnection
                                        << u"close code 1004 cannot be sent by an application"_s;
        QTest::newRow("kick code 1005") << u"{\"type\":\"kick\",\"user_id\":1,\"code\":1005}"_s << Type::KickUser
                                        << u"close code 1005 cannot be sent by an application"_s;
        QTest::newRow("kick code 1006") << u"{\"type\":\"kick\",\"connection_id\":1,\"code\":1006}"_s
                                        << Type::KickConnection
                                        << u"close code 1006 cannot be sent by an application"_s;
        QTest::newRow("kick code 1015") << u"{\"type\":\"kick\",\"connection_id\":1,\"code\":1015}"_s
                                        << Type::KickConnection
                                        << u"close code 1015 cannot be sent by an application"_s;
        QTest::newRow("kick code 2000") << u"{\"type\":\"kick\",\"connection_id\":1,\"code\":2000}"_s
                                        << Type::KickConnection
                                        << u"close code 2000 cannot be sent by an application"_s;
        QTest::newRow("kick reason number") << u"{\"type\":\"kick\",\"connection_id\":1,\"reason\":5}"_s
                                            << Type::KickConnection << u"\"reason\" must be a non-empty string"_s;
        QTest::newRow("kick reason too long")
            << u"{\"type\":\"kick\",\"connection_id\":1,\"reason\":\""_s + QString(124, u'r') + u"\"}"_s
            << Type::KickConnection << u"\"reason\" must be at most 123 bytes of UTF-8"_s;
        QTest::newRow("kick reason too many bytes")
            << u"{\"type\":\"kick\",\"connection_id\":1,\"reason\":\""_s + QString(62, QChar(0xE9)) + u"\"}"_s
            << Type::KickConnection << u"\"reason\" must be at most 123 bytes of UTF-8"_s;

        QTest::newRow("ban no user") << u"{\"type\":\"ban\",\"duration\":\"1h\"}"_s << Type::Ban << userIdRange;
        QTest::newRow("ban no duration") << u"{\"type\":\"ban\",\"user_id\":2}"_s << Type::Ban << durationRange;
        QTest::newRow("ban bad duration") << u"{\"type\":\"ban\",\"user_id\":2,\"duration\":\"forever\"}"_s
                                          << Type::Ban << durationRange;
        QTest::newRow("ban bad unit") << u"{\"type\":\"ban\",\"user_id\":2,\"duration\":\"1w\"}"_s << Type::Ban
                                      << durationRange;
        QTest::newRow("ban too short") << u"{\"type\":\"ban\",\"user_id\":2,\"duration\":\"500ms\"}"_s << Type::Ban
                                       << durationRange;
        QTest::newRow("ban too short number") << u"{\"type\":\"ban\",\"user_id\":2,\"duration\":0.5}"_s << Type::Ban
                                              << durationRange;
        QTest::newRow("ban negative") << u"{\"type\":\"ban\",\"user_id\":2,\"duration\":-60}"_s << Type::Ban
                                      << durationRange;
        QTest::newRow("ban too long") << u"{\"type\":\"ban\",\"user_id\":2,\"duration\":\"367d\"}"_s << Type::Ban
                                      << durationRange;
        QTest::newRow("ban duration bool") << u"{\"type\":\"ban\",\"user_id\":2,\"duration\":true}"_s << Type::Ban
                                           << durationRange;
        QTest::newRow("ban empty reason") << u"{\"type\":\"ban\",\"user_id\":2,\"duration\":\"1h\",\"reason\":\"\"}"_s
                                          << Type::Ban
                                          << u"\"reason\" must be a non-empty string of at most 123 bytes"_s;
        QTest::newRow("ban long reason")
            << u"{\"type\":\"ban\",\"user_id\":2,\"duration\":\"1h\",\"reason\":\""_s + QString(124, u'r') + u"\"}"_s
            << Type::Ban << u"\"reason\" must be a non-empty string of at most 123 bytes"_s;

        QTest::newRow("unban no user") << u"{\"type\":\"unban\"}"_s << Type::Unban << userIdRange;
        QTest::newRow("unban user string") << u"{\"type\":\"unban\",\"user_id\":\"x1\"}"_s << Type::Unban
                                           << userIdRange;

        const QString limitRange = u"\"limit\" must be an integer from 1 to 1000000"_s;
        QTest::newRow("rate no limit") << u"{\"type\":\"set_rate_limit\"}"_s << Type::SetRateLimit << limitRange;
        QTest::newRow("rate limit 0") << u"{\"type\":\"set_rate_limit\",\"limit\":0}"_s << Type::SetRateLimit
                                      << limitRange;
        QTest::newRow("rate limit too high") << u"{\"type\":\"set_rate_limit\",\"limit\":1000001}"_s
                                             << Type::SetRateLimit << limitRange;
        QTest::newRow("rate limit fraction") << u"{\"type\":\"set_rate_limit\",\"limit\":2.5}"_s
                                             << Type::SetRateLimit << limitRange;
        QTest::newRow("rate window short") << u"{\"type\":\"set_rate_limit\",\"limit\":2,\"window\":\"99ms\"}"_s
                                           << Type::SetRateLimit << windowRange;
        QTest::newRow("rate window long") << u"{\"type\":\"set_rate_limit\",\"limit\":2,\"window\":\"25h\"}"_s
                                          << Type::SetRateLimit << windowRange;
        QTest::newRow("rate window junk") << u"{\"type\":\"set_rate_limit\",\"limit\":2,\"window\":\"soon\"}"_s
                                          << Type::SetRateLimit << windowRange;

        QTest::newRow("close_room no room") << u"{\"type\":\"close_room\"}"_s << Type::CloseRoom
                                            << u"\"room\" must be a non-empty string"_s;
        QTest::newRow("close_room bad code") << u"{\"type\":\"close_room\",\"room\":\"a\",\"code\":1005}"_s
                                             << Type::CloseRoom
                                             << u"close code 1005 cannot be sent by an application"_s;
    }
    void invalidArguments()
    {
        QFETCH(QString, text);
        QFETCH(Type, type);
        QFETCH(QString, error);
        const auto p = parseAdminCommand(parseInbound(text));
        QVERIFY(p.has_value());
        QCOMPARE(p->error, error);
        QCOMPARE(p->command.type, type);
    }

    void typeNames_data()
    {
        QTest::addColumn<Type>("type");
        QTest::addColumn<QString>("name");
        QTest::newRow("broadcast") << Type::Broadcast << u"broadcast"_s;
        QTest::newRow("publish") << Type::Publish << u"publish"_s;
        QTest::newRow("send") << Type::SendToUser << u"send"_s;
        QTest::newRow("kick connection") << Type::KickConnection << u"kick"_s;
        QTest::newRow("kick user") << Type::KickUser << u"kick"_s;
        QTest::newRow("ban") << Type::Ban << u"ban"_s;
        QTest::newRow("unban") << Type::Unban << u"unban"_s;
        QTest::newRow("set_rate_limit") << Type::SetRateLimit << u"set_rate_limit"_s;
        QTest::newRow("stats") << Type::Stats << u"stats"_s;
        QTest::newRow("list_connections") << Type::ListConnections << u"list_connections"_s;
        QTest::newRow("list_rooms") << Type::ListRooms << u"list_rooms"_s;
        QTest::newRow("list_topics") << Type::ListTopics << u"list_topics"_s;
        QTest::newRow("close_room") << Type::CloseRoom << u"close_room"_s;
    }
    void typeNames()
    {
        QFETCH(Type, type);
        QFETCH(QString, name);
        QCOMPARE(AdminCommand::typeName(type), name);
    }

    void defaults()
    {
        const AdminCommand c;
        QCOMPARE(c.code, 1008);
        QCOMPARE(c.reason, u"Kicked by admin"_s);
    }

    void sendableCloseCodes_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("sendable");
        const QList<std::pair<int, bool>> table = {
            {0, false},    {999, false},  {1000, true},  {1001, true},  {1002, true},  {1003, true},
            {1004, false}, {1005, false}, {1006, false}, {1007, true},  {1008, true},  {1009, true},
            {1010, true},  {1011, true},  {1012, true},  {1013, true},  {1014, true},  {1015, false},
            {1016, false}, {2000, false}, {2999, false}, {3000, true},  {3999, true},  {4000, true},
            {4999, true},  {5000, false}, {65535, false}, {-1, false},
        };
        for (const auto &[code, ok] : table)
            QTest::addRow("%d", code) << code << ok;
    }
    void sendableCloseCodes()
    {
        QFETCH(int, code);
        QFETCH(bool, sendable);
        QCOMPARE(isSendableCloseCode(code), sendable);
    }

    void closeReasonLength()
    {
        QVERIFY(isValidCloseReason(QString()));
        QVERIFY(isValidCloseReason(QString(123, u'x')));
        QVERIFY(!isValidCloseReason(QString(124, u'x')));
        QVERIFY(isValidCloseReason(QString(61, QChar(0xE9))));    // 122 bytes
        QVERIFY(!isValidCloseReason(QString(62, QChar(0xE9))));   // 124 bytes
    }
};

QTEST_GUILESS_MAIN(tst_Inbound)
#include "tst_inbound.moc"
