#pragma once

#include <QDialog>

class QTextBlock;
class QTextBrowser;
class QTreeWidget;

namespace cd {

// Help > User guide: docs/user-guide.md, built into the program and rendered with Qt's own Markdown support, with
// its contents beside it. F1 on a screen opens it at that screen's section.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget* parent = nullptr);
    // Shows the guide (one per window, reused) at the section with this heading; the guide belongs to from's
    // window, so it can be read beside a modal dialog.
    static UserGuideDialog* openAt(QWidget* from, const QString& heading);
    // Scrolls the section with this heading to the top; false when the guide has no such heading.
    bool showSection(const QString& heading);
    // The heading of the section at the top of the view.
    [[nodiscard]] QString currentSection() const;
    // Every heading, in order (levels 1 to 3).
    [[nodiscard]] QStringList headings() const;
    [[nodiscard]] QTextBrowser* browser() const { return m_browser; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitImages(int width);
    void wrapCodeBlocks();
    void fillContents();
    [[nodiscard]] QTextBlock headingBlock(const QString& heading) const;

    QTreeWidget* m_contents;
    QTextBrowser* m_browser;
    int m_imageWidth = 0; // the width the pictures were last fitted to
};

} // namespace cd
