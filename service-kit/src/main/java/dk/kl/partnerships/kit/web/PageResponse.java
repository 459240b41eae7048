package dk.kl.partnerships.kit.web;

import dk.kl.partnerships.kit.error.InvalidFieldException;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** One page of a list: every list endpoint is paged, so no response grows without bound. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static final int MAX_SIZE = 200;

    /**
     * The last page a list serves: far beyond any list of the platform's (at most two million items
     * a list at the largest size), and small enough that no page's offset overflows or costs a store
     * an unbounded skip.
     */
    public static final int MAX_PAGE = 10_000;

    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageResponse<>(
                page.getContent().stream().map(mapper).toList(),
                page.getNumber(),
                page.getSize(),
                page.getTotalElements(),
                page.getTotalPages());
    }

    /**
     * A page request from the {@code page} (0 to {@value #MAX_PAGE}) and {@code size} (1 to
     * {@value #MAX_SIZE}) query parameters.
     */
    public static PageRequest request(int page, int size, Sort sort) {
        if (page < 0 || page > MAX_PAGE) {
            throw new InvalidFieldException("page", "must be between 0 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidFieldException("size", "must be between 1 and " + MAX_SIZE);
        }
        return PageRequest.of(page, size, sort);
    }
}
