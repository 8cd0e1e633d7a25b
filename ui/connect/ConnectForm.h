#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace cd {

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
    [[nodiscard]] QLineEdit* hostEdit() const { return m_host; }

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
