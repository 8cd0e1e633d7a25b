#pragma once
// CONSENTDESK_SCREENSHOTS=DIR keeps a picture of a screen, for the README and the user guide, and for looking at it
// as a person would (docs/make-screenshots.sh). Without the variable, nothing is written.
#include <QApplication>
#include <QString>
#include <QWidget>

namespace cd::test {

inline void keepPicture(QWidget& w, const char* name)
{
    const QString dir = qEnvironmentVariable("CONSENTDESK_SCREENSHOTS");
    if (!dir.isEmpty()) {
        QApplication::processEvents(); // let the layouts settle after the last change, as the screen would
        w.grab().save(dir + u'/' + QLatin1String(name));
    }
}

} // namespace cd::test
