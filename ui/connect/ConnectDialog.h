#pragma once

#include <QDialog>

class QLabel;

namespace cd {

class ConnectForm;
struct DatabaseTarget;

// Connect to the practice's PostgreSQL server (File > Connect to server): the form, Connect and Cancel. The password
// is handed to the new desk through its environment only, never stored or shown.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget* parent = nullptr);
    [[nodiscard]] QString url() const;
    [[nodiscard]] QString password() const;
    [[nodiscard]] QString user() const;
    // Asks again for what the server refused: the address filled in, the reason above it, the password to type.
    void askAgain(const DatabaseTarget& target, const QString& why);

private:
    ConnectForm* m_form;
    QLabel* m_why;
};

} // namespace cd
