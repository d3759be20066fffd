package org.armscontrol.tracker.command.rules;

import org.armscontrol.tracker.shared.TrackerMetaData;
import org.armscontrol.tracker.shared.value.Recorder;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;

/**
 * Lets command handlers take the {@link Recorder} as a parameter, read from the command's
 * {@value TrackerMetaData#RECORDED_BY} metadata, which the HTTP layer fills from the authenticated user. A command
 * without it is refused: no fact enters the record without someone answerable for it.
 * Registered through {@code META-INF/services}, so Spring and the test fixtures both find it.
 */
public class RecorderParameterResolverFactory implements ParameterResolverFactory {

    @Override
    public ParameterResolver<Recorder> createInstance(Executable executable, Parameter[] parameters, int index) {
        if (!Recorder.class.equals(parameters[index].getType())) {
            return null;
        }
        return new ParameterResolver<>() {
            @Override
            public Recorder resolveParameterValue(Message<?> message) {
                Object value = message.getMetaData().get(TrackerMetaData.RECORDED_BY);
                if (value == null) {
                    throw new IllegalStateException("command " + message.getPayloadType().getSimpleName()
                            + " carries no " + TrackerMetaData.RECORDED_BY + " metadata");
                }
                return Recorder.of(value.toString());
            }

            @Override
            public boolean matches(Message<?> message) {
                return true;
            }
        };
    }
}
