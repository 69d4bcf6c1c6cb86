#pragma once

// Driving modal dialogs from a test: exec() blocks the caller, so the check runs from the event
// loop once the dialog shows.

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QObject>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

namespace TestSupport {

// Runs `act` on the next modal dialog of type T as soon as it is shown. If the dialog is still
// open afterwards (a QVERIFY in `act` failed) it is rejected, so the test ends instead of
// hanging. Polls the event loop; never sleeps.
template <typename T>
void whenDialogShows(QObject *context, std::function<void(T *)> act)
{
    auto *timer = new QTimer(context);
    timer->setInterval(5);
    QObject::connect(timer, &QTimer::timeout, context, [timer, act = std::move(act)] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        act(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    timer->start();
}

inline void clickOk(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(ok);
    QVERIFY2(ok->isEnabled(), "the dialog refuses its input");
    ok->click();
}

} // namespace TestSupport
