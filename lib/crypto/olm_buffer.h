#pragma once
// The memory a libolm object lives in. Headers only see this opaque owner, so no olm header leaks out of
// the .cpp files and another provider can replace them. Move-only; the bytes are wiped on destruction.
#include <cstddef>
#include <memory>

namespace lattice::crypto::detail {

class OlmBuffer
{
public:
    OlmBuffer() = default;
    explicit OlmBuffer(size_t size);
    ~OlmBuffer();
    OlmBuffer(OlmBuffer &&other) noexcept = default;
    OlmBuffer &operator=(OlmBuffer &&other) noexcept;
    OlmBuffer(const OlmBuffer &) = delete;
    OlmBuffer &operator=(const OlmBuffer &) = delete;

    void *get() const { return m_mem.get(); }
    explicit operator bool() const { return m_mem != nullptr; }

private:
    void release();
    std::unique_ptr<unsigned char[]> m_mem;
    size_t m_size = 0;
};

} // namespace lattice::crypto::detail
