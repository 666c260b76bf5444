package cn.guifanku.search;

import cn.guifanku.catalog.EditionStatus;

/** What a reader asks: the words, the filters (each may be null) and which page (from 0) of how many hits. */
record SearchRequest(String q, EditionStatus status, String category, Integer year, int page, int size) {
}
