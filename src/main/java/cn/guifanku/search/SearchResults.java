package cn.guifanku.search;

import java.util.List;

/** One page of results; {@code page} counts from 0. */
public record SearchResults(List<SearchHit> hits, int page, int size, long total) {

    public int pages() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
