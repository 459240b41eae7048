package dk.kl.partnerships.kit.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;

/** The filtered, paged lists every service offers. */
public final class MongoPages {

    private MongoPages() {}

    /**
     * Criteria that each field equals its value, given as pairs {@code field, value, field, value…};
     * a null value leaves its field unfiltered.
     */
    public static Criteria equalTo(Object... fieldsAndValues) {
        if (fieldsAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Fields and values come in pairs");
        }
        Criteria criteria = new Criteria();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            if (fieldsAndValues[i + 1] != null) {
                criteria = criteria.and((String) fieldsAndValues[i]).is(fieldsAndValues[i + 1]);
            }
        }
        return criteria;
    }

    /** One page of what the query finds, with the total the query matches. */
    public static <T> Page<T> page(MongoTemplate mongo, Query query, Pageable page, Class<T> type) {
        return PageableExecutionUtils.getPage(
                mongo.find(Query.of(query).with(page), type),
                page,
                () -> mongo.count(Query.of(query).limit(-1).skip(-1), type));
    }
}
