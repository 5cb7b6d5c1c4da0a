#pragma once
// The spec's SAS emoji table (generated: tools/generate-sas-emoji).
namespace lattice::crypto::detail {

struct SasEmojiRow
{
    const char *symbol;      // UTF-8
    const char *description; // the spec's English name
    const char *translated;  // "lang\tname\n" lines from translated_descriptions (lang as the spec names it)
};

extern const SasEmojiRow kSasEmojiTable[64];

} // namespace lattice::crypto::detail
