#pragma once

// The X-ray page of a client tab: the raw opening handshake (credentials redacted unless
// revealed on purpose) with the Sec-WebSocket-Accept computation checked step by step, every
// frame in both directions, and the bytes of the selected frame with its header bits labelled.
// Fed by the tab from Xray::Client's signals; it owns no socket.

#include "xray/xrayformat.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace SocketScope {

class XrayFrameModel;

class XrayView : public QWidget
{
    Q_OBJECT
public:
    explicit XrayView(QWidget *parent = nullptr);

    void clearConversation();
    void setRequest(const QByteArray &rawHeader);
    void setResponse(const QByteArray &rawHeader, const QByteArray &key, const QByteArray &accept);
    void addFrame(Xray::Direction direction, const Xray::Frame &frame, bool textual);
    // Off: the page says how to turn it on; the ping button follows the connection.
    void setXrayEnabled(bool on);
    void setConnectionOpen(bool open);

    void setRevealSecrets(bool on);
    bool revealSecrets() const;
    QString handshakeText() const;
    QString byteViewText() const;
    QString hintText() const;
    XrayFrameModel *model() const { return m_model; }
    QTableView *frameView() const { return m_table; }
    QByteArray pingPayload() const;
    // Lesson mode: what to look at now, and whether a further step can be run.
    void setLessonNote(const QString &text);
    QString lessonNote() const;
    void setLessonNextVisible(bool visible);

    // The Accept computation, one translated line per step, ending with ✓ or ✗.
    static QStringList acceptSteps(const QByteArray &key, const QByteArray &accept);

Q_SIGNALS:
    void pingRequested(const QByteArray &payload);
    void lessonNextClicked();

private:
    void renderHandshake();
    void showSelectedFrame();

    XrayFrameModel *m_model;
    QCheckBox *m_reveal;
    QLineEdit *m_pingPayload;
    QPushButton *m_ping;
    QLabel *m_hint;
    QWidget *m_lesson;
    QLabel *m_lessonNote;
    QPushButton *m_lessonNext;
    QTableView *m_table;
    QTabWidget *m_details;
    QPlainTextEdit *m_handshake;
    QPlainTextEdit *m_bytes;
    QByteArray m_request;
    QByteArray m_response;
    QByteArray m_key;
    QByteArray m_accept;
    bool m_enabled = false;
    bool m_authHint = false;
};

} // namespace SocketScope
