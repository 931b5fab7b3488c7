package org.tandem.ui.calendar;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tandem.domain.Channel;
import org.tandem.domain.Plan;
import org.tandem.service.CalendarService;
import org.tandem.ui.common.ErrorReporter;
import org.tandem.ui.common.StoreEdit;
import org.tandem.ui.common.TaskRunner;

import java.util.UUID;

/** The calendar's channels: the plan's list with their colours, and adding, renaming, recolouring, removing them. */
public final class CalendarChannels {
    private final CalendarViewModel calendar;
    private final CalendarService service;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final ObservableList<Channel> channels = FXCollections.observableArrayList();

    CalendarChannels(CalendarViewModel calendar, CalendarService service, TaskRunner runner, ErrorReporter errors) {
        this.calendar = calendar;
        this.service = service;
        this.runner = runner;
        this.errors = errors;
    }

    public ObservableList<Channel> channels() {
        return channels;
    }

    /** A channel's colour; a campaign on a channel no longer listed is drawn in grey. */
    public String colour(String channel) {
        return channels.stream().filter(c -> c.name().equalsIgnoreCase(channel)).map(Channel::colour)
                .findFirst().orElse(CalendarText.OTHER_COLOUR);
    }

    public void saveColour(Channel channel, String colour) {
        Plan shown = calendar.shownPlan();
        if (shown == null || !colour.matches("#[0-9a-fA-F]{6}")) {
            return;
        }
        runner.run(() -> service.saveChannel(shown.id(), new Channel(channel.id(), channel.name(), colour)), saved -> {
            channels.replaceAll(c -> c.id().equals(saved.id()) ? saved : c);
            calendar.redraw();
            step("recolour channel \"" + channel.name() + "\"", () -> service.saveChannel(shown.id(), channel),
                    () -> service.saveChannel(shown.id(), saved));
        }, e -> errors.report("change the channel colour", e));
    }

    /** A new channel for the plan, or a message saying why not. */
    public void add(String name) {
        Plan shown = calendar.shownPlan();
        if (shown == null || !channelNameOk(name, null)) {
            return;
        }
        String colour = CalendarText.OTHER_COLOUR;
        runner.run(() -> service.saveChannel(shown.id(), new Channel(UUID.randomUUID(), name.strip(), colour)),
                saved -> {
                    channels.add(saved);
                    calendar.say("Added the channel \"" + saved.name() + "\".");
                    step("add channel \"" + saved.name() + "\"", () -> service.removeChannel(saved.id()),
                            () -> service.saveChannel(shown.id(), saved));
                }, e -> errors.report("add the channel", e));
    }

    /** Renames a channel; its campaigns move along. */
    public void rename(Channel channel, String name) {
        Plan shown = calendar.shownPlan();
        if (shown == null || name.strip().equals(channel.name()) || !channelNameOk(name, channel)) {
            return;
        }
        runner.run(() -> service.renameChannel(shown.id(), channel, name), saved -> {
            calendar.forgetChannelFilter(channel.name());
            calendar.reload();
            // its campaigns move back and forth with it
            step("rename channel \"" + channel.name() + "\"", () -> service.renameChannel(shown.id(), saved, channel.name()),
                    () -> service.renameChannel(shown.id(), channel, saved.name()));
        }, e -> errors.report("rename the channel", e));
    }

    public void remove(Channel channel) {
        long using = calendar.campaignsById().values().stream().filter(c -> c.channel().equalsIgnoreCase(channel.name())).count();
        runner.run(() -> {
            service.removeChannel(channel.id());
            return null;
        }, ignored -> {
            channels.removeIf(c -> c.id().equals(channel.id()));
            calendar.say("Removed the channel \"" + channel.name() + "\"." + (using == 0 ? ""
                    : " Its " + using + (using == 1 ? " campaign keeps" : " campaigns keep") + " the name and show in grey."));
            calendar.redraw();
            Plan shown = calendar.shownPlan();
            if (shown != null) {
                step("remove channel \"" + channel.name() + "\"", () -> service.saveChannel(shown.id(), channel),
                        () -> service.removeChannel(channel.id()));
            }
        }, e -> errors.report("remove the channel", e));
    }

    /** A step of the plan's history whose undo and redo are store work; the calendar reads its channels again after. */
    private void step(String name, StoreEdit.Work undo, StoreEdit.Work redo) {
        calendar.record(StoreEdit.of(name, runner, errors, undo, redo, calendar::reload));
    }

    private boolean channelNameOk(String name, Channel except) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 60) {
            calendar.say("A channel name needs 1 to 60 characters.");
            return false;
        }
        if (channels.stream().anyMatch(c -> c != except && c.name().equalsIgnoreCase(n))) {
            calendar.say("There is already a channel named \"" + n + "\".");
            return false;
        }
        return true;
    }
}
