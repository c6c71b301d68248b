// What only some Graphs need, as a fragment of its own (async-graphExtras.js) that a Graph loads
// on first use, so that an ordinary Graph page does not: checking a `selections` prop set by the
// app, whether selections on the plot stay with a new figure, extendData/prependData, the note
// before a large figure, clickAnnotationData, the style of selection_outline=False.
import { annotationEventData } from '../figure/annotationEvent.js';
import { addNoOutlineStyle } from './noOutlineStyle.js';
import {
    carriedSelections,
    splitValidSelections,
} from '../selections/selectionsLayout.js';
import { traceUpdateArgs } from '../figure/plotInput.js';
import { showLargeFigureNote } from './largeFigureNote.js';

export default {
    splitValidSelections,
    carriedSelections,
    traceUpdateArgs,
    showLargeFigureNote,
    annotationEventData,
    addNoOutlineStyle,
};
