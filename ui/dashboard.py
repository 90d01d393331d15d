"""The dashboard, the first tab: the account at a glance (counts), what needs attention (each
row opens its tab), spending by month as a chart, and the way to order more: register a domain
(availability check first) or buy a service from the catalog; both confirm with the amount."""

from __future__ import annotations

import math
from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontMetricsF, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.dashboard import Attention, DashboardData, MonthSpending
from app.i18n import QT_TRANSLATE_NOOP, arg
from app.models import (
    BillingCycle,
    Dashboard,
    DomainAvailability,
    OrderResult,
    Permission,
    Product,
)
from app.session import AccountSession

from . import dialogs, formatting, tables, theme
from .accessibility import StatusLabel, ValueLabel
from .binding import Connection, SessionBinding
from .notice import Notice
from .table_models import ROW_ROLE, Column, ListTableModel

CONTEXT = "DashboardTab"

ATTENTION_COLUMNS: list[Column[Attention]] = [
    Column(QT_TRANSLATE_NOOP("DashboardTab", "Needs your attention"), lambda a: a.text),
]


def _count_box(parent: QWidget, title: str) -> tuple[QFrame, ValueLabel]:
    frame = QFrame(parent)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    value = ValueLabel(title, frame)
    value.set_value("—")
    font = value.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    font.setBold(True)
    value.setFont(font)
    value.setAlignment(Qt.AlignmentFlag.AlignCenter)
    caption = QLabel(title, frame)
    caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
    caption.setWordWrap(True)
    layout = QVBoxLayout(frame)
    layout.addWidget(value)
    layout.addWidget(caption)
    return frame, value


def _month_label(spending: MonthSpending) -> str:
    """ "dic 25": the month's short name in the user's language and the year's two digits."""
    month = spending.month
    name = QLocale().standaloneMonthName(month.month, QLocale.FormatType.ShortFormat)
    return f"{name} {month.year % 100:02d}"


class ProductDialog(QDialog):
    """Buy a service: the product, its billing cycle and the domain it is for."""

    def __init__(self, products: list[Product], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Buy a service"))
        self.product = QComboBox(self)
        self.product.setAccessibleName(self.tr("Product"))
        for product in products:
            self.product.addItem(f"{product.product_group} — {product.name}", product.id)
        self.cycle = QComboBox(self)
        self.cycle.setAccessibleName(self.tr("Billing cycle"))
        self.domain = QLineEdit(self)
        self.domain.setAccessibleName(self.tr("Domain"))
        self.domain.setPlaceholderText(self.tr("example.com.ar (optional)"))
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.products = {p.id: p for p in products}
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Product:"), self.product)
        form.addRow(self.tr("Billing &cycle:"), self.cycle)
        form.addRow(self.tr("&Domain:"), self.domain)
        form.addRow(self.description)
        form.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.product.currentIndexChanged.connect(self._product_changed)
        self._product_changed()

    def _product_changed(self) -> None:
        product = self.products.get(self.product.currentData())
        self.cycle.clear()
        if product is None:
            return
        self.description.setText(product.description)
        for price in product.prices:
            text = f"{formatting.cycle(price.billing_cycle)} — {formatting.money(price.price, price.currency)}"
            self.cycle.addItem(text, price.billing_cycle.value)

    def choice(self) -> tuple[Product, BillingCycle, str] | None:
        product = self.products.get(self.product.currentData())
        cycle = self.cycle.currentData()
        if product is None or not cycle:
            return None
        return product, BillingCycle(cycle), self.domain.text().strip()


def ask_product(
    parent: QWidget, products: list[Product]
) -> tuple[Product, BillingCycle, str] | None:
    """The product dialog (replaced in tests, like ``ui.dialogs``)."""
    dialog = ProductDialog(products, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choice()


class DashboardTab(QWidget):
    navigate = Signal(str, int)  # area ("invoices", "domains", "support"), item id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binding = SessionBinding(self)
        self._session: AccountSession | None = None
        self._data: DashboardData | None = None
        self._pending_domain: str | None = None
        self._want_catalog = False
        self._has_figures = False  # the counts show an answer (not "…" or "—")

        self.notice = Notice(self)
        # the seed's left-hand overview
        self.register_button = QPushButton(self.tr("&Register a domain"), self)
        self.register_button.setAccessibleName(self.tr("Register a domain"))
        self.buy_button = QPushButton(self.tr("&Buy a service"), self)
        self.buy_button.setAccessibleName(self.tr("Buy a service"))
        self.order_status = StatusLabel(self)
        self.order_status.setWordWrap(True)
        self.order_status.setAccessibleName(self.tr("Order result"))
        self.balance = QLabel(self)
        overview = QGroupBox(self.tr("Your account"), self)
        overview_layout = QVBoxLayout(overview)
        overview_layout.addWidget(self.balance)
        overview_layout.addWidget(self.register_button)
        overview_layout.addWidget(self.buy_button)
        overview_layout.addWidget(self.order_status)
        overview_layout.addStretch(1)
        overview.setMaximumWidth(260)

        counts = QGridLayout()
        self.counts: dict[str, ValueLabel] = {}
        for column, (name, title) in enumerate(
            (
                ("active_services", self.tr("Active services")),
                ("unpaid_invoices", self.tr("Unpaid invoices")),
                ("overdue_invoices", self.tr("Overdue invoices")),
                ("open_tickets", self.tr("Open tickets")),
                ("domains_expiring_soon", self.tr("Domains expiring in 30 days")),
            )
        ):
            frame, value = _count_box(self, title)
            self.counts[name] = value
            counts.addWidget(frame, 0, column)
        # what the counts say as a sentence: loading, how much is unpaid (or that nothing is),
        # or that they could not be loaded; announced like every status line
        self.summary_status = StatusLabel(self)
        self.summary_status.setObjectName("summary_status")
        self.summary_status.setWordWrap(True)
        self.summary_status.setAccessibleName(self.tr("Account figures"))

        self.attention_model: ListTableModel[Attention] = ListTableModel(
            CONTEXT, ATTENTION_COLUMNS, self
        )
        self.attention = tables.table(
            self,
            "attention_table",
            self.attention_model,
            accessible=self.tr("Needs your attention"),
        )
        self.attention_hint = QLabel(self)

        self.chart = QChart()
        self.chart.setTitle(self.tr("Spending by month (paid invoices)"))
        self.chart.legend().hide()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.plotAreaChanged.connect(self._fit_month_labels)
        theme.chart_theme(self.chart)
        self.chart_view = QChartView(self.chart, self)
        self.chart_view.setAccessibleName(self.tr("Spending by month"))
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(240)
        self.chart_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its figures: the table below
        self.chart_view.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.months: list[MonthSpending] = []
        # the chart's text alternative: the same figures as a table, reachable from the keyboard
        self.spending_button = QPushButton(self.tr("Show spending as a &table"), self)
        self.spending_button.setCheckable(True)
        self._currency = ""
        self.spending_model: ListTableModel[MonthSpending] = ListTableModel(
            CONTEXT,
            [
                Column(QT_TRANSLATE_NOOP("DashboardTab", "Month"), _month_label),
                Column(
                    QT_TRANSLATE_NOOP("DashboardTab", "Paid"),
                    lambda m: formatting.money(m.amount, self._currency),
                    align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ),
            ],
            self,
        )
        self.spending_table = tables.table(
            self, "spending_table", self.spending_model, accessible=self.tr("Spending by month")
        )
        self.spending_table.hide()
        self.spending_button.toggled.connect(self._show_spending_table)

        right = QVBoxLayout()
        right.addWidget(self.notice)
        right.addLayout(counts)
        right.addWidget(self.summary_status)
        right.addWidget(self.attention, 1)
        right.addWidget(self.attention_hint)
        right.addWidget(self.chart_view, 2)
        right.addWidget(self.spending_table, 2)
        right.addWidget(self.spending_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QHBoxLayout(self)
        layout.addWidget(overview)
        layout.addLayout(right, 1)

        self.register_button.clicked.connect(self.register_domain)
        self.buy_button.clicked.connect(self.buy_service)
        self.attention.activated.connect(self._open_attention)
        self.attention.clicked.connect(self._open_attention)

    # ---- binding --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            theme.chart_theme(self.chart, self.palette())  # dark or light with the window

    def bind(self, session: AccountSession | None) -> None:
        self._session = session
        self._data = session.part(DashboardData) if session is not None else None
        self.notice.clear()
        self.order_status.say("")
        self.summary_status.say("")
        self._has_figures = False
        self.balance.clear()
        for label in self.counts.values():
            label.set_value("—")
        self.attention_model.set_rows([])
        self.attention_hint.clear()
        self._spending([], "")
        can_order = session is not None and session.can(Permission.ORDERS)
        self.register_button.setEnabled(can_order)
        self.buy_button.setEnabled(can_order)
        self.binding.rebind(self._connections())
        if self._data is not None:
            self._load()

    def _connections(self) -> list[Connection]:
        d = self._data
        if d is None:
            return []
        return [
            (d.summary_loaded, self._summary),
            (d.summary_failed, self._summary_failed),
            (d.attention_loaded, self._attention),
            (d.attention_failed, self._failed),
            (d.spending_loaded, self._spending),
            (d.spending_failed, self._failed),
            (d.catalog_loaded, self._catalog),
            (d.catalog_failed, self._order_problem),
            (d.availability_checked, self._availability),
            (d.availability_failed, self._availability_failed),
            (d.ordered, self._ordered),
            (d.order_failed, self._order_failed),
        ]

    def refresh(self) -> None:
        if self._data is not None:
            self._load()

    def _load(self) -> None:
        """Ask for everything the dashboard shows; until the counts first arrive they say they
        are loading (a refresh keeps the figures shown meanwhile)."""
        session, data = self._session, self._data
        if data is None or session is None:
            return
        if not self._has_figures and session.can(Permission.PRODUCTS):
            loading = self.tr("Loading…")
            for label in self.counts.values():
                label.set_value("…", loading)
            self.summary_status.say(self.tr("Loading the account's figures…"))
        data.load()

    def _failed(self, text: str) -> None:
        self.notice.show_error(text, self.refresh)

    # ---- showing --------------------------------------------------------------------------

    def _summary_failed(self, text: str) -> None:
        if not self._has_figures:  # else the figures shown stay, the notice says why
            failed = self.tr("could not be loaded")
            for label in self.counts.values():
                label.set_value("—", failed)
            self.summary_status.say(self.tr("The account's figures could not be loaded."))
        self._failed(text)

    def _summary(self, summary: Dashboard) -> None:
        self._has_figures = True
        for name, label in self.counts.items():
            label.set_value(str(getattr(summary, name)))
        unpaid = summary.unpaid_invoices
        self.summary_status.say(
            self.tr("No unpaid invoices: there is nothing to pay.")
            if unpaid == 0
            else arg(
                QCoreApplication.translate(
                    "DashboardTab", "%n unpaid invoice(s): %1 to pay.", None, unpaid
                ),
                formatting.money(summary.unpaid_balance, summary.currency),
            )
        )
        self.balance.setText(
            arg(
                self.tr("Balance due: %1"),
                formatting.money(summary.unpaid_balance, summary.currency),
            )
        )

    def _attention(self, items: list[Attention]) -> None:
        self.attention_model.set_rows(items)
        self.attention_hint.setText(
            self.tr("Nothing needs your attention.")
            if not items
            else self.tr("Double-click or press Enter on a line to open it.")
        )

    def _open_attention(self, index: QModelIndex | QPersistentModelIndex) -> None:
        item = index.data(ROW_ROLE)
        if isinstance(item, Attention):
            self.navigate.emit(item.area, item.item_id)

    def _show_spending_table(self, as_table: bool) -> None:
        self.chart_view.setVisible(not as_table)
        self.spending_table.setVisible(as_table)
        self.spending_button.setText(
            self.tr("Show spending as a &chart")
            if as_table
            else self.tr("Show spending as a &table")
        )
        if as_table:
            self.spending_table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _spending(self, months: list[MonthSpending], currency: str) -> None:
        self.months = months
        self._currency = currency
        self.spending_model.set_rows(months)
        self.chart_view.setAccessibleDescription(
            "; ".join(f"{_month_label(m)}: {formatting.money(m.amount, currency)}" for m in months)
        )
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        if not months:
            return
        bars = QBarSet(self.tr("Paid"))
        categories = []
        for month in months:
            bars.append(float(month.amount))
            categories.append(_month_label(month))
        series = QBarSeries()
        series.append(bars)
        self.chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(categories)
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x)
        self.chart.addAxis(self._amount_axis(months, currency), Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(self.chart.axes(Qt.Orientation.Vertical)[0])
        theme.chart_theme(self.chart)
        self._fit_month_labels()

    def _fit_month_labels(self) -> None:
        """The month names side by side while a row of them fits under the bars, upright when
        the window is too narrow for that: never cut to "e…", which names no month."""
        axes = self.chart.axes(Qt.Orientation.Horizontal)
        if not axes or not isinstance(axes[0], QBarCategoryAxis) or not axes[0].count():
            return
        axis = axes[0]
        metrics = QFontMetricsF(axis.labelsFont())
        widest = max(metrics.horizontalAdvance(label) for label in axis.categories())
        room = self.chart.plotArea().width() / axis.count()
        if room <= 0:
            return
        padding = 2 * metrics.averageCharWidth()
        angle = 0 if widest + padding <= room else -90
        if axis.labelsAngle() != angle:
            axis.setLabelsAngle(angle)
        upright = metrics.height() + padding  # what an upright name needs across
        if angle and room < upright:  # not even upright: the chart keeps the room it needs
            missing = math.ceil((upright - room) * axis.count())
            self.chart_view.setMinimumWidth(self.chart_view.width() + missing)

    @staticmethod
    def _amount_axis(months: list[MonthSpending], currency: str) -> QCategoryAxis:
        """The amounts' axis with its labels in the user's format ("400.000"): a value axis's
        labels are printf-formatted, so its nice ticks are relabelled on a category axis."""
        nice = QValueAxis()
        top = max((m.amount for m in months), default=Decimal("0"))
        nice.setRange(0, float(top) * 1.1 if top > 0 else 1.0)
        nice.applyNiceNumbers()
        low, high, ticks = nice.min(), nice.max(), max(nice.tickCount(), 2)
        step = (high - low) / (ticks - 1)
        axis = QCategoryAxis()
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        axis.setStartValue(low - step / 1000)
        for index in range(ticks):
            value = low + index * step
            axis.append(formatting.amount(Decimal(round(value)), 0), value)
        axis.setRange(low, high)
        axis.setTitleText(currency)
        return axis

    # ---- ordering -------------------------------------------------------------------------

    def register_domain(self) -> None:
        if self._data is None:
            return
        name = dialogs.ask_text(
            self,
            self.tr("Register a domain"),
            self.tr("Domain to register (for example, mybrand.com.ar):"),
            self._pending_domain or "",
        )
        if not name or not name.strip():
            return
        self._pending_domain = name.strip().lower()
        self.order_status.say(self.tr("Checking availability…"))
        self._data.check_domain(self._pending_domain)

    def _availability(self, answer: DomainAvailability) -> None:
        data = self._data
        if data is None:
            return
        if not answer.available:
            self.order_status.say(data.unavailable_text(answer))
            return
        self.order_status.say(arg(self.tr("%1 is available."), answer.name))
        if answer.price is not None and answer.currency:
            text = arg(
                self.tr(
                    "%1 is available. Register it for one year for %2 plus VAT?\n\n"
                    "An unpaid invoice is created now; the domain is registered once that "
                    "invoice is paid."
                ),
                answer.name,
                formatting.money(answer.price, answer.currency),
            )
        else:  # a portal that does not say the price
            text = arg(
                self.tr(
                    "%1 is available. Register it for one year?\n\n"
                    "An unpaid invoice is created now with the registration price of this ending "
                    "plus VAT; the domain is registered once that invoice is paid."
                ),
                answer.name,
            )
        if dialogs.confirm(self, self.tr("Register a domain"), text, self.tr("Order")):
            self.order_status.say(self.tr("Ordering…"))
            data.order_domain(answer.name, 1)

    def _availability_failed(self, text: str, _fields: dict[str, str]) -> None:
        self.order_status.say(text)

    def buy_service(self) -> None:
        if self._data is None:
            return
        if self._data.catalog:
            self._catalog(self._data.catalog)
            return
        self._want_catalog = True
        self.order_status.say(self.tr("Loading the catalog…"))
        self._data.load_catalog()

    def _catalog(self, products: list[Product]) -> None:
        data = self._data
        if data is None:
            return
        self._want_catalog = False
        self.order_status.say("")
        choice = ask_product(self, products)
        if choice is None:
            return
        product, cycle, domain = choice
        price = next(p for p in product.prices if p.billing_cycle == cycle)
        amount = formatting.money(price.price, price.currency)
        text = arg(
            self.tr(
                "Order %1 (%2) for %3 plus VAT?\n\n"
                "An unpaid invoice is created now; the service starts once it is paid."
            ),
            product.name + (f" — {domain}" if domain else ""),
            formatting.cycle(cycle),
            amount,
        )
        if dialogs.confirm(self, self.tr("Buy a service"), text, self.tr("Order")):
            self.order_status.say(self.tr("Ordering…"))
            data.order_product(product.id, cycle, domain)

    def _ordered(self, result: OrderResult) -> None:
        text = arg(
            self.tr("Ordered. Invoice for %1 created: pay it from the Invoices tab."),
            formatting.money(result.total, result.currency),
        )
        self.order_status.say(text)
        dialogs.inform(self, self.tr("Order placed"), text)

    def _order_failed(self, text: str, fields: dict[str, str]) -> None:
        self._order_problem("\n".join(fields.values()) if fields else text)

    def _order_problem(self, text: str) -> None:
        self.order_status.say(text)
