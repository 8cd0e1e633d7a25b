#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace cd {

struct DatabaseTarget;

// The practice server's address and the password, as a form: host, port, database, user and (on a server shared by
// several practices) the practice's schema become a postgresql:// URL. Shared by the Connect dialog and the first-run
// wizard; the password is never stored or shown.
class ConnectForm : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectForm(QWidget* parent = nullptr);
    [[nodiscard]] QString url() const;
    [[nodiscard]] QString password() const;
    // The login: on a practice server each person signs in as their own (the server checks the password).
    [[nodiscard]] QString user() const;
    // Fills the form from an address (a desk started with --db URL asks here for what the server refused).
    void setTarget(const DatabaseTarget& target);
    [[nodiscard]] QLineEdit* hostEdit() const { return m_host; }
    [[nodiscard]] QLineEdit* passwordEdit() const { return m_password; }

private:
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QComboBox* m_sslMode;
    QLineEdit* m_schema;
};

} // namespace cd
