#pragma once

#include <QEventLoop>
#include <QProgressBar>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

namespace cd {

// Runs long work that touches no database and no widget (reading a file, checking its rows) on a worker thread,
// while the window keeps painting and its Cancel button keeps working: the caller waits in a local event loop and
// the bar follows the work's progress, mapped onto [from, to]. The work reports progress by storing 0-100 in
// percent, and should stop soon after cancelled is set.
inline void runOnWorker(const std::function<void(std::atomic<int>& percent)>& work, QProgressBar* bar, int from = 0,
                        int to = 100)
{
    std::atomic<int> percent{0};
    std::unique_ptr<QThread> worker(QThread::create([&] { work(percent); }));
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(50);
    QObject::connect(&tick, &QTimer::timeout, bar, [&] { bar->setValue(from + percent.load() * (to - from) / 100); });
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    tick.start();
    loop.exec(); // user input stays on: Cancel must be pressable
    worker->wait();
    bar->setValue(to);
}

} // namespace cd
