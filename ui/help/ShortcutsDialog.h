#pragma once

#include <QDialog>

class QTableWidget;

namespace cd {

// Help > Keyboard shortcuts: every shortcut of the window, read from its actions and shortcuts themselves (with
// the menu each is in), so the list cannot drift from what the keys do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(QWidget* window, QWidget* parent = nullptr);
    [[nodiscard]] QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

} // namespace cd
