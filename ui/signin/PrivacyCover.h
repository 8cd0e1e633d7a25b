#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

namespace cd {

// While the desk is locked, no patient's details may show anywhere: every open window's content is hidden (the main
// window's pages, and whatever a dialog was showing, such as a half-typed form), leaving their frames empty. Nothing
// is closed, so everything typed is there again when the desk is unlocked.
class PrivacyCover
{
public:
    // Hides the content of every visible top-level window except `keep` (the unlock box).
    explicit PrivacyCover(const QWidget* keep);
    ~PrivacyCover();
    PrivacyCover(const PrivacyCover&) = delete;
    PrivacyCover& operator=(const PrivacyCover&) = delete;

    // What was hidden: for tests that check nothing readable remains.
    [[nodiscard]] int hiddenCount() const { return static_cast<int>(m_hidden.size()); }

private:
    QList<QPointer<QWidget>> m_hidden;
};

} // namespace cd
