#include "framecapture.h"

#include "xray/xrayformat.h"

#include <algorithm>

namespace SocketScope {

FrameCapture::FrameCapture(int capacity)
    : m_capacity(std::clamp(capacity, 1, MaxFrames))
{
}

void FrameCapture::setCapacity(int frames)
{
    m_capacity = std::clamp(frames, 1, MaxFrames);
    while (m_frames.size() > size_t(m_capacity)) {
        m_frames.pop_front();
        ++m_dropped;
    }
}

void FrameCapture::clientBytes(QByteArrayView bytes, bool atFrameBoundary, qint64 nowMs)
{
    if (!m_inSynced) {
        if (!atFrameBoundary)
            return;
        m_inSynced = true;
    }
    if (m_in.hasError())
        return;
    const QList<Xray::Frame> frames = m_in.feed(bytes);
    for (const Xray::Frame &f : frames)
        add(f, true, nowMs);
}

void FrameCapture::serverFrame(QByteArrayView frameBytes, qint64 nowMs)
{
    Xray::FrameReader reader;
    const QList<Xray::Frame> frames = reader.feed(frameBytes);
    for (const Xray::Frame &f : frames)
        add(f, false, nowMs);
}

void FrameCapture::add(const Xray::Frame &frame, bool fromClient, qint64 nowMs)
{
    quint8 &messageOpcode = fromClient ? m_inMessageOpcode : m_outMessageOpcode;
    bool textual = false;
    if (!Xray::isControl(frame.opcode)) {
        if (frame.opcode != Xray::Op::Continuation)
            messageOpcode = frame.opcode;
        textual = messageOpcode == Xray::Op::Text;
        if (frame.fin)
            messageOpcode = 0;
    }
    CapturedFrame c;
    c.seq = ++m_seq;
    c.timeMs = nowMs;
    c.fromClient = fromClient;
    c.textual = textual;
    c.length = frame.payload.size();
    c.frame = frame;
    // A first-message {"type":"auth","token":…} must not reach a table with its token.
    if (fromClient && textual)
        c.frame.payload = Xray::redactAuthMessage(c.frame.payload);
    c.frame.payload.truncate(PreviewBytes);
    m_frames.push_back(std::move(c));
    if (m_frames.size() > size_t(m_capacity)) {
        m_frames.pop_front();
        ++m_dropped;
    }
}

QList<CapturedFrame> FrameCapture::since(quint64 after) const
{
    QList<CapturedFrame> out;
    for (const CapturedFrame &c : m_frames) {
        if (c.seq > after)
            out.append(c);
    }
    return out;
}

} // namespace SocketScope
