package org.madang.platform.faces;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Registered in faces-config.xml. */
public class MadangExceptionHandlerFactory extends ExceptionHandlerFactory {
    public MadangExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new MadangExceptionHandler(getWrapped().getExceptionHandler());
    }
}
