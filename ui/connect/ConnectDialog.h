#pragma once

#include <QDialog>

namespace cd {

class ConnectForm;

// Connect to the practice's PostgreSQL server (File > Connect to server): the form, Connect and Cancel. The password
// is handed to the new desk through its environment only, never stored or shown.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget* parent = nullptr);
    [[nodiscard]] QString url() const;
    [[nodiscard]] QString password() const;

private:
    ConnectForm* m_form;
};

} // namespace cd
