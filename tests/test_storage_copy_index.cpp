#include "storage/copy_index.hpp"

#include <doctest/doctest.h>

using namespace debrief;

TEST_CASE("the copy index keeps one copy of each entry: the first, or a newer different one") {
  CopyIndex index;
  int other = -1;
  Seconds other_updated = 0;
  const std::string u = "01a1aab8-cc00-73b9-9be7-6451b90861fe";
  CHECK(index.offer(u, 0, 100, 7, other, other_updated) == CopyIndex::Offer::first);
  CHECK(index.offer(u, 1, 100, 7, other, other_updated) == CopyIndex::Offer::repeated);
  CHECK(index.offer(u, 2, 90, 8, other, other_updated) == CopyIndex::Offer::older);
  CHECK(other == 0);
  CHECK(other_updated == 100);
  CHECK(index.offer(u, 3, 100, 9, other, other_updated) == CopyIndex::Offer::older); // same second: first stays
  CHECK(index.offer(u, 4, 200, 9, other, other_updated) == CopyIndex::Offer::newer);
  CHECK(other == 0);
  CHECK(index.offer(u, 5, 200, 9, other, other_updated) == CopyIndex::Offer::repeated);
  // The second reading counts input 4's copy, once.
  CHECK_FALSE(index.take(u, 0));
  CHECK(index.take(u, 4));
  CHECK_FALSE(index.take(u, 4));
  CHECK_FALSE(index.take("not-read-before", 0));
  // Upper and lower case name one UUID; a UUID that is not canonical is kept as it is.
  CHECK(index.offer("01A1AAB8-CC00-73B9-9BE7-6451B90861FE", 6, 200, 9, other, other_updated) ==
        CopyIndex::Offer::repeated);
  CHECK(index.offer("odd id", 0, 1, 1, other, other_updated) == CopyIndex::Offer::first);
}
