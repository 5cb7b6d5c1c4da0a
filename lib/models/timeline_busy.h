#pragma once
// Shared by the TimelineModel source files: views may call back into the model from its own
// signals (QAbstractItemModelTester calls fetchMore on every change), so a change in progress
// finishes before another one starts.

namespace lattice::timeline_detail {

class Busy
{
public:
    explicit Busy(bool &flag) : m_flag(flag), m_was(flag) { m_flag = true; }
    ~Busy() { m_flag = m_was; }
    Busy(const Busy &) = delete;
    Busy &operator=(const Busy &) = delete;
    bool wasBusy() const { return m_was; }

private:
    bool &m_flag;
    bool m_was;
};

} // namespace lattice::timeline_detail
