#include "help/UserGuideDialog.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QHash>
#include <QHeaderView>
#include <QImageReader>
#include <QPointer>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace cd {

namespace {

constexpr int kImageWidth = 560;   // screenshots are shown at most this wide, so the text stays beside them
constexpr int kImageMinimum = 160; // and at least this wide, however narrow the pane

const QUrl& guideUrl()
{
    static const QUrl url(QStringLiteral("qrc:/guide/user-guide.md"));
    return url;
}

} // namespace

UserGuideDialog::UserGuideDialog(QWidget* parent)
    : QDialog(parent)
    , m_contents(new QTreeWidget(this))
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Consent Desk user guide"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_contents->setHeaderHidden(true);
    m_contents->setAccessibleName(tr("Contents of the user guide"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(false);
    m_browser->setSource(guideUrl(), QTextDocument::MarkdownResource);
    wrapCodeBlocks();
    fitImages(kImageWidth);
    fillContents();
    m_browser->viewport()->installEventFilter(this);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({270, 690});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    resize(1000, 720);

    connect(m_contents, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { showSection(item->text(0)); });
    connect(m_contents, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) { showSection(item->text(0)); });
}

bool UserGuideDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize) {
        // The pictures follow the pane's width, so a narrow window never needs a sideways scroll bar.
        const int margins = 2 * static_cast<int>(m_browser->document()->documentMargin()) + 8;
        fitImages(std::clamp(m_browser->viewport()->width() - margins, kImageMinimum, kImageWidth));
    }
    return QDialog::eventFilter(watched, event);
}

UserGuideDialog* UserGuideDialog::openAt(QWidget* from, const QString& heading)
{
    // One guide per window: a guide parented to the window in use can be read beside that window, even a modal one.
    static QHash<QWidget*, QPointer<UserGuideDialog>> guides;
    guides.removeIf([](const auto& entry) { return entry.value().isNull(); }); // closed with their windows
    QWidget* window = from ? from->window() : nullptr;
    QPointer<UserGuideDialog>& guide = guides[window];
    if (!guide) {
        guide = new UserGuideDialog(window);
        guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    guide->show();
    guide->raise();
    guide->activateWindow();
    guide->showSection(heading);
    return guide;
}

QTextBlock UserGuideDialog::headingBlock(const QString& heading) const
{
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0 && block.text().trimmed() == heading) {
            return block;
        }
    }
    return {};
}

bool UserGuideDialog::showSection(const QString& heading)
{
    const QTextBlock block = headingBlock(heading);
    if (!block.isValid()) {
        return false;
    }
    QTextCursor cursor(block);
    m_browser->setTextCursor(cursor);
    const QRectF where = m_browser->document()->documentLayout()->blockBoundingRect(block);
    m_browser->verticalScrollBar()->setValue(static_cast<int>(where.top()));
    const auto items = m_contents->findItems(heading, Qt::MatchExactly | Qt::MatchRecursive);
    if (!items.isEmpty()) {
        m_contents->setCurrentItem(items.first());
    }
    return true;
}

QString UserGuideDialog::currentSection() const
{
    const int top = m_browser->verticalScrollBar()->value();
    QString current;
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0) {
            continue;
        }
        if (m_browser->document()->documentLayout()->blockBoundingRect(block).top() > top + 1) {
            break;
        }
        current = block.text().trimmed();
    }
    return current;
}

QStringList UserGuideDialog::headings() const
{
    QStringList all;
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0) {
            all.append(block.text().trimmed());
        }
    }
    return all;
}

void UserGuideDialog::fillContents()
{
    QTreeWidgetItem* part = nullptr;
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level == 2) {
            part = new QTreeWidgetItem(m_contents, {block.text().trimmed()});
            part->setExpanded(true);
        } else if (level == 3 && part) {
            new QTreeWidgetItem(part, {block.text().trimmed()});
        }
    }
    m_contents->expandAll();
}

void UserGuideDialog::wrapCodeBlocks()
{
    // Markdown's code blocks come as lines that never break: one long command would give the whole guide a sideways
    // scroll bar. Wrapped, a command reads on two lines.
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().nonBreakableLines()) {
            QTextBlockFormat wrapping = block.blockFormat();
            wrapping.setNonBreakableLines(false);
            QTextCursor(block).setBlockFormat(wrapping);
        }
    }
}

void UserGuideDialog::fitImages(int width)
{
    // Markdown images come at their natural size; a 1400-pixel screenshot would push the text off the side.
    if (width == m_imageWidth) {
        return;
    }
    m_imageWidth = width;
    QTextDocument* doc = m_browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat()) {
                continue;
            }
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            const QUrl url = guideUrl().resolved(QUrl(image.name()));
            const QSize natural = QImageReader(QLatin1Char(':') + url.path()).size();
            if (!natural.isValid()) {
                continue;
            }
            const int shown = std::min(width, natural.width());
            image.setWidth(shown);
            image.setHeight(static_cast<double>(natural.height()) * shown / natural.width());
            QTextCursor cursor(doc);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

} // namespace cd
