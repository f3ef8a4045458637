// An allocator for the k6 reader's large arrays (requests, durations): blocks
// of 2 MiB and more are mapped on transparent huge pages. A 1 GB k6 file gives
// tens of MB of such arrays; on 4-KiB pages each first touch is a page fault,
// which costs a fifth of the load time on a virtual machine (measured with the
// bench in bench/k6). Smaller blocks use the normal allocator. Only touched
// pages become resident, as with malloc.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace palier::k6 {

template <class T>
struct BigAllocator {
    using value_type = T;
    static constexpr std::size_t kHuge = std::size_t(2) << 20;

    BigAllocator() = default;
    template <class U>
    BigAllocator(const BigAllocator<U> &) noexcept {}

    T *allocate(std::size_t n)
    {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
        const std::size_t bytes = n * sizeof(T);
        if (bytes >= kHuge) {
            // Map one huge page more than needed and trim to a 2-MiB boundary,
            // so the kernel can back the block with huge pages.
            const std::size_t size = roundUp(bytes);
            void *raw = ::mmap(nullptr, size + kHuge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            if (raw == MAP_FAILED)
                throw std::bad_alloc();
            const std::uintptr_t start = reinterpret_cast<std::uintptr_t>(raw);
            const std::uintptr_t aligned = (start + kHuge - 1) & ~(std::uintptr_t(kHuge) - 1);
            if (aligned > start)
                ::munmap(raw, aligned - start);
            const std::size_t tail = (start + size + kHuge) - (aligned + size);
            if (tail)
                ::munmap(reinterpret_cast<void *>(aligned + size), tail);
            ::madvise(reinterpret_cast<void *>(aligned), size, MADV_HUGEPAGE);
            return reinterpret_cast<T *>(aligned);
        }
#endif
        return std::allocator<T>().allocate(n);
    }

    void deallocate(T *p, std::size_t n) noexcept
    {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
        const std::size_t bytes = n * sizeof(T);
        if (bytes >= kHuge) {
            ::munmap(p, roundUp(bytes));
            return;
        }
#endif
        std::allocator<T>().deallocate(p, n);
    }

    // resize() default-initialises (no zero fill): every element is written
    // before it is read, and the kernel zeroes fresh pages anyway.
    template <class U>
    void construct(U *p) noexcept(std::is_nothrow_default_constructible_v<U>)
    {
        ::new (static_cast<void *>(p)) U;
    }
    template <class U, class... Args>
    void construct(U *p, Args &&...args)
    {
        ::new (static_cast<void *>(p)) U(std::forward<Args>(args)...);
    }

    friend bool operator==(const BigAllocator &, const BigAllocator &) { return true; }

private:
    static std::size_t roundUp(std::size_t bytes) { return (bytes + kHuge - 1) & ~(kHuge - 1); }
};

} // namespace palier::k6
