#pragma once

// Per-connection frame capture for the connection inspector (issue 15): the last N frames in
// and out, header fields kept, payloads cut to a preview and a first-message token redacted.
// A Session holds one only while capture is on for it (a null pointer otherwise: no cost).

#include "xray/wsframe.h"

#include <QByteArrayView>
#include <QList>

#include <deque>

namespace SocketScope {

struct CapturedFrame
{
    quint64 seq = 0;          // 1, 2, … per capture
    qint64 timeMs = 0;        // wall clock
    bool fromClient = false;
    bool textual = false;     // part of a text message
    qint64 length = 0;        // the payload's real length (frame.payload may be cut)
    Xray::Frame frame;
};

class FrameCapture
{
public:
    static constexpr int DefaultFrames = 200;
    static constexpr int MaxFrames = 1000;
    static constexpr qsizetype PreviewBytes = 1024;

    explicit FrameCapture(int capacity = DefaultFrames);

    // Bytes read from the client. Frames are found from the first read that starts on a frame
    // boundary (capture may start in the middle of one).
    void clientBytes(QByteArrayView bytes, bool atFrameBoundary, qint64 nowMs);
    // One complete server frame as queued.
    void serverFrame(QByteArrayView frameBytes, qint64 nowMs);

    int capacity() const { return m_capacity; }
    void setCapacity(int frames);
    quint64 lastSeq() const { return m_seq; }
    // The frames kept with seq > after, oldest first.
    QList<CapturedFrame> since(quint64 after) const;
    // Frames seen while capturing but no longer kept.
    quint64 dropped() const { return m_dropped; }

private:
    void add(const Xray::Frame &frame, bool fromClient, qint64 nowMs);

    int m_capacity;
    std::deque<CapturedFrame> m_frames;
    quint64 m_seq = 0;
    quint64 m_dropped = 0;
    Xray::FrameReader m_in;
    bool m_inSynced = false;
    quint8 m_inMessageOpcode = 0;
    quint8 m_outMessageOpcode = 0;
};

} // namespace SocketScope
