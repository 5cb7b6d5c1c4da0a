#include "olm_buffer.h"

#include "random.h"

namespace lattice::crypto::detail {

OlmBuffer::OlmBuffer(size_t size) : m_mem(new unsigned char[size]()), m_size(size) {}

OlmBuffer::~OlmBuffer()
{
    release();
}

OlmBuffer &OlmBuffer::operator=(OlmBuffer &&other) noexcept
{
    if (this != &other) {
        release();
        m_mem = std::move(other.m_mem);
        m_size = other.m_size;
        other.m_size = 0;
    }
    return *this;
}

void OlmBuffer::release()
{
    // The buffer holds private keys and ratchet state: wipe it before the allocator reuses it.
    if (m_mem)
        wipe(m_mem.get(), m_size);
    m_mem.reset();
    m_size = 0;
}

} // namespace lattice::crypto::detail
