package dk.kl.partnerships.web.api;

import java.util.List;

/** One page of a list from the API, as every list endpoint answers; {@code page} counts from 0. */
public record ApiPage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public ApiPage {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages;
    }
}
