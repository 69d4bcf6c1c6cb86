#pragma once

#include <QLineEdit>
#include <QSpinBox>

namespace SocketScope {

// A TCP port (0–65535). QSpinBox's validator refuses a keystroke that leaves the range, so
// typing 70000 silently became 7000; here the digits stay as typed, outOfRangeText() says what
// is wrong, and the owner refuses to use it (the value stays the last valid one).
class PortSpinBox : public QSpinBox
{
public:
    explicit PortSpinBox(QWidget *parent = nullptr)
        : QSpinBox(parent)
    {
        setRange(0, 65535);
        setGroupSeparatorShown(false);
        setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
    }

    // The typed text is a number beyond the range (kept as typed; value() is the last valid one).
    bool isOutOfRange() const
    {
        bool ok = false;
        const qint64 typed = typedText().toLongLong(&ok);
        return ok && (typed > maximum() || typed < minimum());
    }
    // The editor: its textChanged also reports text the spin box does not accept as a value
    // (QSpinBox::textChanged only follows accepted values).
    QLineEdit *editor() const { return lineEdit(); }
    QString typedText() const
    {
        QString t = lineEdit()->text();
        if (!prefix().isEmpty() && t.startsWith(prefix()))
            t.remove(0, prefix().size());
        if (!suffix().isEmpty() && t.endsWith(suffix()))
            t.chop(suffix().size());
        return t.trimmed();
    }

protected:
    QValidator::State validate(QString &input, int &pos) const override
    {
        const QValidator::State state = QSpinBox::validate(input, pos);
        if (state != QValidator::Invalid)
            return state;
        QString digits = input;
        if (!prefix().isEmpty() && digits.startsWith(prefix()))
            digits.remove(0, prefix().size());
        if (!suffix().isEmpty() && digits.endsWith(suffix()))
            digits.chop(suffix().size());
        digits = digits.trimmed();
        bool allDigits = !digits.isEmpty() && digits.size() <= 9;
        for (QChar c : std::as_const(digits))
            allDigits = allDigits && c.isDigit();
        return allDigits ? QValidator::Intermediate : QValidator::Invalid;
    }
};

} // namespace SocketScope
