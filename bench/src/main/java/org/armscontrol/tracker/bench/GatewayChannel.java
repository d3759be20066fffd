package org.armscontrol.tracker.bench;

import org.armscontrol.tracker.command.rules.RuleViolation;
import org.armscontrol.tracker.shared.TrackerMetaData;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;

/** Commands straight into the command side's gateway, in the benchmark's JVM: no HTTP, no sign-in, no JSON. */
final class GatewayChannel implements CommandChannel {

    private final CommandGateway gateway;
    private final MetaData metaData;

    GatewayChannel(CommandGateway gateway, String recorder) {
        this.gateway = gateway;
        this.metaData = MetaData.with(TrackerMetaData.RECORDED_BY, recorder);
    }

    @Override
    public Outcome send(Object command) {
        try {
            gateway.sendAndWait(command, metaData);
            return Outcome.ACCEPTED;
        } catch (RuleViolation refused) {
            return Outcome.REFUSED;
        }
    }
}
