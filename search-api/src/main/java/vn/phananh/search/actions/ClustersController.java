package vn.phananh.search.actions;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.phananh.search.security.Viewer;

/** "Answer the cluster once": the answer goes to every member of a near-duplicate cluster that still owes one. */
@RestController
@RequestMapping("/api/v1/clusters/{clusterId}")
class ClustersController {

    private final ClusterAnswers answers;

    ClustersController(ClusterAnswers answers) {
        this.answers = answers;
    }

    /** 202 once every member's ANSWER is in Kafka. */
    @PostMapping("/answer")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ClusterAnswers.Answered answer(Viewer viewer, @PathVariable String clusterId,
            @Valid @RequestBody ActionRequests.AnswerText body) throws Exception {
        return answers.answer(viewer, clusterId, body.text(), body.note());
    }
}
