#include "signin/PrivacyCover.h"

#include <QApplication>
#include <QMainWindow>

namespace cd {

PrivacyCover::PrivacyCover(const QWidget* keep)
{
    const auto hide = [this](QWidget* w) {
        if (w && w->isVisible()) {
            w->hide();
            m_hidden.append(w);
        }
    };
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (window == keep || !window->isVisible() || window->isAncestorOf(keep)) {
            continue;
        }
        if (auto* main = qobject_cast<QMainWindow*>(window)) {
            hide(main->centralWidget()); // the menus and the status bar hold no patient's details
            continue;
        }
        // A dialog (a form being filled in, a patient's history): its children hidden, not the dialog, which would
        // end its exec() and lose what was typed.
        for (QWidget* child : window->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
            hide(child);
        }
    }
}

PrivacyCover::~PrivacyCover()
{
    for (const QPointer<QWidget>& w : m_hidden) {
        if (w) {
            w->show();
        }
    }
}

} // namespace cd
