package vn.phananh.webapp.pages;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import vn.phananh.pages.Labels;
import vn.phananh.webapp.api.AccessTokens;
import vn.phananh.webapp.api.FeedbackView;
import vn.phananh.webapp.api.Me;
import vn.phananh.webapp.api.Pages.SearchPage;
import vn.phananh.webapp.api.SearchApi;

/** The staff inbox and the search page, read from the search API with the signed-in person's token. */
@Controller
class StaffPagesController {

    /** Facets in the order the page shows them, with their Vietnamese titles. */
    static final Map<String, String> FACETS = facetTitles();

    private final SearchApi api;
    private final AccessTokens tokens;
    private final Labels labels;
    private final FeedbackRelay live;

    StaffPagesController(SearchApi api, AccessTokens tokens, Labels labels, FeedbackRelay live) {
        this.api = api;
        this.tokens = tokens;
        this.labels = labels;
        this.live = live;
    }

    /** New feedback of the staff's units as it arrives, for the inbox's live count. */
    @GetMapping(path = "/staff/live/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter liveFeed() {
        return live.open(tokens.current());
    }

    @GetMapping("/staff")
    String inbox(InboxForm form, Model model) {
        Me viewer = api.me();
        model.addAttribute("inbox", api.inbox(form.toQuery()));
        model.addAttribute("form", form);
        model.addAttribute("units", viewer.unitCodes());
        model.addAttribute("topics", labels.options("topic"));
        return "staff/inbox";
    }

    @GetMapping(SearchForm.PATH)
    String search(SearchForm form, Model model) {
        Me viewer = api.me();
        model.addAttribute("form", form);
        model.addAttribute("selects", selects(viewer));
        model.addAttribute("unitSelect", viewer.units().size() > 1);
        model.addAttribute("filtersOpen", !form.activeFilters().isEmpty() || form.from() != null || form.to() != null);
        String dateProblem = form.dateProblem();
        if (dateProblem != null) {
            model.addAttribute("error", dateProblem);
            return "staff/search";
        }
        SearchPage page = api.search(form.toQuery());
        model.addAttribute("page", page);
        model.addAttribute("facets", facets(form, page));
        model.addAttribute("active", active(form, places(page.items())));
        model.addAttribute("nextLink", page.nextCursor() == null ? null : form.next(page.nextCursor()));
        return "staff/search";
    }

    /**
     * Every result of the search as CSV, streamed as the search API writes it (its export, with the
     * page's filters; the API keeps it to the signed-in person's units).
     */
    @GetMapping(SearchForm.EXPORT_PATH)
    ResponseEntity<StreamingResponseBody> export(SearchForm form) {
        if (form.dateProblem() != null) {
            throw new IllegalArgumentException(form.dateProblem());
        }
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>(form.toQuery());
        query.remove("size");
        query.remove("cursor");
        String token = tokens.current(); // taken now: the body is written after this request's thread let go
        StreamingResponseBody body = out -> api.exportCsv(token, query, out);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"phan-anh.csv\"").body(body);
    }

    /** The form's drop-down filters: the vocabularies, the yes/no flags, and units when there are several. */
    private List<Select> selects(Me viewer) {
        List<Select> selects = new ArrayList<>();
        for (String name : List.of("topic", "kind", "sentiment", "channel", "status")) {
            selects.add(new Select(name, FACETS.get(name), labels.options(name)));
        }
        List<Labels.Option> yesNo = List.of(new Labels.Option("true", "Có"), new Labels.Option("false", "Không"));
        for (String name : List.of("urgent", "overdue", "spam")) {
            selects.add(new Select(name, FACETS.get(name), yesNo));
        }
        if (viewer.units().size() > 1) {
            selects.add(new Select("unit", FACETS.get("unit"), viewer.units().stream()
                    .map(u -> new Labels.Option(u.code(), u.name())).toList()));
        }
        return selects;
    }

    private List<FacetGroup> facets(SearchForm form, SearchPage page) {
        Map<String, String> places = places(page.items());
        List<FacetGroup> groups = new ArrayList<>();
        FACETS.forEach((name, title) -> {
            var buckets = page.facets().getOrDefault(name, List.of());
            List<FacetLink> links = buckets.stream().filter(b -> b.count() > 0)
                    .map(b -> new FacetLink(label(name, b.value(), places), b.count(), form.with(name, b.value()),
                            form.has(name, b.value())))
                    .toList();
            if (!links.isEmpty()) {
                groups.add(new FacetGroup(name, title, links));
            }
        });
        return groups;
    }

    private List<FacetLink> active(SearchForm form, Map<String, String> places) {
        List<FacetLink> chips = new ArrayList<>();
        form.activeFilters().forEach((name, values) -> chips.add(new FacetLink(
                FACETS.getOrDefault(name, name) + ": " + String.join(", ",
                        values.stream().map(v -> label(name, v, places)).toList()),
                0, form.without(name), true)));
        return chips;
    }

    private String label(String facet, String value, Map<String, String> places) {
        return "place".equals(facet) ? places.getOrDefault(value, value) : labels.facetValue(facet, value);
    }

    /** Place names by id, from the hits at hand (the facet itself only knows ids). */
    private static Map<String, String> places(List<FeedbackView> items) {
        Map<String, String> names = new HashMap<>();
        items.stream().filter(i -> i.place() != null && i.place().id() != null)
                .forEach(i -> names.putIfAbsent(i.place().id(), i.place().name()));
        return names;
    }

    private static Map<String, String> facetTitles() {
        Map<String, String> titles = new java.util.LinkedHashMap<>();
        titles.put("topic", "Lĩnh vực");
        titles.put("kind", "Loại");
        titles.put("sentiment", "Sắc thái");
        titles.put("channel", "Kênh");
        titles.put("status", "Trạng thái");
        titles.put("urgent", "Khẩn cấp");
        titles.put("overdue", "Quá hạn");
        titles.put("spam", "Rác");
        titles.put("place", "Địa điểm");
        titles.put("unit", "Đơn vị");
        return java.util.Collections.unmodifiableMap(titles);
    }

    /** A drop-down of the search form. */
    record Select(String name, String title, List<Labels.Option> options) {
    }

    /** One facet with its values. */
    record FacetGroup(String name, String title, List<FacetLink> links) {
    }

    /** A value to click (or an active filter to remove): its name, count and link. */
    record FacetLink(String label, long count, String href, boolean active) {
    }
}
