package dev.kitgen.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What a list of steps asks of a candidate's time, stated honestly: the time in interviews
 * added up, the steps whose length is not set counted rather than taken as nothing, and work
 * done on one's own (take-homes, trials) listed step by step, never added to interviews or to
 * each other's windows. It is a function of a list of stages so that each track of a process
 * gets its own, and alternatives are never added together.
 *
 * @param interviews the candidate's time in interviews of a set length, added up
 * @param unset      steps of the candidate's time (interviews, take-homes, trials) without a set length
 * @param work       the take-homes and trials that have a length or a window, in order
 */
public record ProcessTime(Length interviews, int interviewSteps, int unset, List<Stage> work) {

    public ProcessTime {
        work = List.copyOf(work);
    }

    public static ProcessTime of(List<Stage> stages) {
        Length interviews = Length.NONE;
        int interviewSteps = 0;
        int unset = 0;
        List<Stage> work = new ArrayList<>();
        for (Stage s : stages) {
            switch (s.kind().time()) {
                case MEETING -> {
                    interviewSteps++;
                    if (s.length().isNone()) unset++;
                    else interviews = interviews.plus(s.length());
                }
                case WORK -> {
                    if (s.length().isNone() && s.window().isNone()) unset++;
                    else work.add(s);
                }
                case NONE -> { }
            }
        }
        return new ProcessTime(interviews, interviewSteps, unset, work);
    }

    /** Whether there is anything to state at all. */
    public boolean isEmpty() {
        return interviews.isNone() && unset == 0 && work.isEmpty();
    }
}
